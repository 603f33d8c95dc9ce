import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import type { ContentError } from './contentError';

/** An entry of a YAML list, with the lines an error message needs. */
export interface LocatedItem {
  value: unknown;
  /** 0-based position in the list. */
  index: number;
  /** 1-based line where the entry starts. */
  line: number;
  /** 1-based line of each field of the entry; nested fields by their dotted path ("charts.map.title"). */
  fieldLines: Record<string, number>;
}

type Ranged = { range?: [number, number, number] | null };

const isEntryStart = (l: string) => /^-(\s|$)/.test(l);

/** Names the list entry a line belongs to, from the text alone (a file with a syntax error has no tree). */
function entryAround(text: string, line: number): string | undefined {
  const lines = text.split('\n').slice(0, line);
  const start = lines.findLastIndex(isEntryStart);
  if (start < 0) return undefined;
  const index = lines.slice(0, start + 1).filter(isEntryStart).length;
  const following = text.split('\n').slice(start);
  const end = following.findIndex((l, i) => i > 0 && isEntryStart(l));
  const id = following
    .slice(0, end < 0 ? undefined : end)
    .map((l) => /^(?:-|\s)\s*id:\s*['"]?([\w-]+)/.exec(l)?.[1])
    .find(Boolean);
  return id ? `entry "${id}" (item ${index})` : `item ${index}`;
}

/** Where a field's name starts on a "key: value" line ("- id: x" counts its dash), or undefined. */
function keyColumn(line: string | undefined): number | undefined {
  const match = line === undefined ? null : /^(\s*(?:-\s+)?)[\w-]+:(\s|$)/.exec(line);
  return match ? match[1]!.length : undefined;
}

/** The fix for a syntax error: a field indented unlike the one above it is named as such, else where to look. */
function syntaxFix(lines: readonly string[], line: number, shown: number): string {
  const here = keyColumn(lines[line - 1]);
  const above = lines
    .slice(0, line - 1)
    .findLast((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
  const expected = keyColumn(above);
  if (here !== undefined && expected !== undefined && here !== expected && !isEntryStart(lines[line - 1]!)) {
    return `indent line ${shown} by ${expected} spaces, like the field above it`;
  }
  return `check the indentation, the colon after each field name, and the brackets and quotes on line ${shown} and the line before it`;
}

/** A key written twice in one group of fields: both lines, and which to keep. */
function duplicateKeys(node: unknown, lineOf: (offset?: number) => number, path: string[] = []) {
  const found: Array<{ field: string; first: number; second: number; firstSpans: boolean }> = [];
  if (isSeq(node)) node.items.forEach((item, i) => found.push(...duplicateKeys(item, lineOf, [...path, String(i)])));
  if (!isMap(node)) return found;
  const seen = new Map<string, Pair>();
  for (const pair of node.items as Pair<Node & Ranged, Node & Ranged>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined) continue;
    const first = seen.get(key) as Pair<Ranged, Ranged> | undefined;
    if (first) {
      const firstLine = lineOf(first.key?.range?.[0]);
      const firstEnd = lineOf(first.value?.range?.[1]);
      found.push({
        field: [...path, key].join('.'),
        first: firstLine,
        second: lineOf(pair.key.range?.[0]),
        firstSpans: firstEnd > firstLine + 1,
      });
    } else seen.set(key, pair);
    found.push(...duplicateKeys(pair.value, lineOf, [...path, key]));
  }
  return found;
}

/**
 * Parses an editor's YAML file that must hold a list of entries. A syntax error comes back as one
 * error at its line (what follows it is usually its echo); a field written twice names both lines.
 * `firstLine` is the file line the text starts on (a story's front matter starts on line 2).
 */
export function parseYamlList(
  text: string,
  file: string,
  firstLine = 1,
): { items: LocatedItem[]; errors: ContentError[] } {
  const lineCounter = new LineCounter();
  // The core schema keeps 2024-04-27 a string, so dates are validated as the editor wrote them.
  // Keys written twice are found below, with both lines, rather than as a bare syntax error.
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: false, prettyErrors: false });
  const local = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const lineOf = (offset: number | undefined) => local(offset) + firstLine - 1;

  const syntax = doc.errors[0];
  if (syntax) {
    const at = local(syntax.pos[0]);
    const error: ContentError = {
      file,
      line: at + firstLine - 1,
      entry: entryAround(text, at),
      problem: `the file cannot be read: ${syntax.message.split('\n')[0]!.replace(/\.$/, '')}`,
      fix: syntaxFix(text.split('\n'), at, at + firstLine - 1),
    };
    return { items: [], errors: [error] };
  }
  if (doc.contents === null) return { items: [], errors: [] };
  if (!isSeq(doc.contents)) {
    const error = {
      file,
      line: lineOf(doc.contents.range?.[0]),
      problem: 'the file must be a list of entries',
      fix: 'start each entry with "- " at the beginning of a line, e.g. "- id: rafah"',
    };
    return { items: [], errors: [error] };
  }
  const values = doc.toJS() as unknown[];
  const items = doc.contents.items.map((node, index) => {
    const fieldLines: Record<string, number> = {};
    // Every key's line, nested ones by their dotted path ("charts.map.title").
    const record = (map: unknown, prefix: string) => {
      if (!isMap(map)) return;
      for (const pair of map.items as Pair<{ value?: unknown } & Ranged>[]) {
        const key = pair.key;
        if (!key || typeof key.value !== 'string') continue;
        fieldLines[`${prefix}${key.value}`] = lineOf(key.range?.[0]);
        record(pair.value, `${prefix}${key.value}.`);
      }
    };
    record(node, '');
    return { value: values[index], index, line: lineOf((node as Ranged | null)?.range?.[0]), fieldLines };
  });
  const errors = duplicateKeys(doc.contents, lineOf).map(({ field, first, second, firstSpans }) => {
    const [index, ...rest] = field.split('.');
    const name = rest.join('.');
    const block = firstSpans ? `line ${first} and the lines indented under it` : `line ${first}`;
    return {
      file,
      line: second,
      entry: entryAround(text, second - firstLine + 1) ?? `item ${Number(index) + 1}`,
      field: name,
      problem: `is written twice, on line ${first} and on line ${second}`,
      fix: `keep the one on line ${second}, the later one, if it holds what you mean, and delete ${block}`,
    };
  });
  return { items, errors };
}
