import { isMap, isSeq, LineCounter, parseDocument, type Pair } from 'yaml';
import type { ContentError } from './contentError';

/** An entry of a YAML list, with the lines an error message needs. */
export interface LocatedItem {
  value: unknown;
  /** 0-based position in the list. */
  index: number;
  /** 1-based line where the entry starts. */
  line: number;
  /** 1-based line of each top-level field of the entry. */
  fieldLines: Record<string, number>;
}

/** Names the list entry a line belongs to, from the text alone (a file with a syntax error has no tree). */
function entryAround(text: string, line: number): string | undefined {
  const lines = text.split('\n').slice(0, line);
  const start = lines.findLastIndex((l) => /^-(\s|$)/.test(l));
  if (start < 0) return undefined;
  const index = lines.slice(0, start + 1).filter((l) => /^-(\s|$)/.test(l)).length;
  const following = text.split('\n').slice(start);
  const end = following.findIndex((l, i) => i > 0 && /^-(\s|$)/.test(l));
  const id = following
    .slice(0, end < 0 ? undefined : end)
    .map((l) => /^(?:-|\s)\s*id:\s*['"]?([\w-]+)/.exec(l)?.[1])
    .find(Boolean);
  return id ? `entry "${id}" (item ${index})` : `item ${index}`;
}

/** Parses an editor's YAML file that must hold a list of entries; syntax errors come back with their line. */
export function parseYamlList(text: string, file: string): { items: LocatedItem[]; errors: ContentError[] } {
  const lineCounter = new LineCounter();
  // The core schema keeps 2024-04-27 a string, so dates are validated as the editor wrote them.
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const lineOf = (offset: number | undefined) =>
    offset === undefined ? 1 : lineCounter.linePos(offset).line;

  if (doc.errors.length > 0) {
    const errors = doc.errors.map((error) => ({
      file,
      line: lineOf(error.pos[0]),
      entry: entryAround(text, lineOf(error.pos[0])),
      problem: `YAML syntax error: ${error.message.split('\n')[0]}`,
      fix: 'check the indentation, the colon after each field name and the quotes on that line and the one before',
    }));
    return { items: [], errors };
  }
  if (doc.contents === null) return { items: [], errors: [] };
  if (!isSeq(doc.contents)) {
    return {
      items: [],
      errors: [
        {
          file,
          line: lineOf(doc.contents.range?.[0]),
          problem: 'the file must be a list of entries',
          fix: 'start each entry with "- " at the beginning of a line, e.g. "- id: rafah"',
        },
      ],
    };
  }
  const values = doc.toJS() as unknown[];
  const items = doc.contents.items.map((node, index) => {
    const fieldLines: Record<string, number> = {};
    if (isMap(node)) {
      for (const pair of node.items as Pair<{ value?: unknown; range?: [number, number, number] }>[]) {
        const key = pair.key;
        if (key && typeof key.value === 'string') fieldLines[key.value] = lineOf(key.range?.[0]);
      }
    }
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return { value: values[index], index, line: lineOf(range?.[0]), fieldLines };
  });
  return { items, errors: [] };
}
