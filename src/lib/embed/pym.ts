// The Pym.js message protocol (v1): "pymxPYMx<id>xPYMx<type>xPYMx<value>", sent with postMessage.
const delimiter = 'xPYMx';
const prefix = `pymxPYMx`;

export type PymType = 'height' | 'width' | 'navigateTo' | 'scrollToChildPos' | 'parentPositionInfo';

export function formatPymMessage(id: string, type: PymType, value: string | number): string {
  return `${prefix}${id}${delimiter}${type}${delimiter}${value}`;
}

/** Parses a message of the protocol's shape; anything else (objects, other strings, odd values) is undefined. */
export function parsePymMessage(data: unknown): { id: string; type: string; value: string } | undefined {
  if (typeof data !== 'string' || data.length > 512 || !data.startsWith(prefix)) return undefined;
  const parts = data.slice(prefix.length).split(delimiter);
  if (parts.length !== 3) return undefined;
  const [id, type, value] = parts as [string, string, string];
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id) || !/^[A-Za-z]{1,32}$/.test(type)) return undefined;
  return { id, type, value };
}

/** A height in whole pixels from a message value, within sane bounds; undefined otherwise. */
export function parseHeight(value: string): number | undefined {
  if (!/^\d{1,5}(\.\d+)?$/.test(value)) return undefined;
  const height = Math.ceil(Number(value));
  return height >= 1 && height <= 20000 ? height : undefined;
}
