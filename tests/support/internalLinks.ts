import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { builtFile } from '../../src/lib/site/routes';
import { attr, elements } from './dist';

/**
 * Every root-relative address a page links to or loads (href, src, srcset, content of a refresh),
 * without query or fragment: with scripts and without (what <noscript> holds, the steps' images).
 */
export function internalAddresses(html: string): string[] {
  const out: string[] = [];
  for (const e of [...elements(html), ...elements(html, { scripting: false })]) {
    for (const name of ['href', 'src', 'srcset', 'xlink:href']) {
      const value = attr(e, name);
      if (value?.startsWith('/') && !value.startsWith('//')) out.push(value);
    }
    const refresh =
      attr(e, 'http-equiv') === 'refresh' ? /url=(\S+)/.exec(attr(e, 'content') ?? '')?.[1] : undefined;
    if (refresh) out.push(refresh);
  }
  return [...new Set(out.map((a) => a.replace(/[?#].*$/, '')))];
}

/** The file in a built site that serves an address under `base` ('' or '/explainers'), or undefined. */
export function servedFile(dist: string, base: string, address: string): string | undefined {
  if (!address.startsWith(`${base}/`)) return undefined;
  const file = path.join(dist, builtFile(decodeURIComponent(address.slice(base.length))));
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}
