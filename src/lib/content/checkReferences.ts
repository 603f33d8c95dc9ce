import { dataFiles, type DataCollection, type DataEntry } from '../../schemas';
import type { ContentError } from './contentError';
import type { LocatedItem } from './parseYamlList';
import { closest } from './suggest';
import { entryLabel } from './validateEntries';

/** A validated entry together with where it stands in its file. */
export interface LocatedEntry<T> {
  data: T;
  item: LocatedItem;
}

export type LocatedData = { [C in DataCollection]: LocatedEntry<DataEntry<C>>[] };

/** Which fields of which collection name ids of which other collection; `*` stands for each list item. */
const references: Array<{ from: DataCollection; field: string; to: DataCollection }> = [
  { from: 'views', field: 'frame.places.*', to: 'places' },
  { from: 'views', field: 'highlight.places.*', to: 'places' },
  { from: 'views', field: 'routes.*.from', to: 'places' },
  { from: 'views', field: 'routes.*.to', to: 'places' },
  { from: 'views', field: 'offMap.*', to: 'places' },
  { from: 'views', field: 'figures.*.place', to: 'places' },
  { from: 'places', field: 'source', to: 'sources' },
  { from: 'places', field: 'geoSource', to: 'sources' },
  { from: 'actors', field: 'source', to: 'sources' },
  { from: 'actors', field: 'represents', to: 'actors' },
  { from: 'relations', field: 'from', to: 'actors' },
  { from: 'relations', field: 'to', to: 'actors' },
  { from: 'relations', field: 'source', to: 'sources' },
  { from: 'events', field: 'actors.*', to: 'actors' },
  { from: 'events', field: 'places.*', to: 'places' },
  { from: 'events', field: 'source', to: 'sources' },
];

/** Files and fields whose ids another collection's file must supply; stories name several in their steps. */
const storyReferences: Partial<Record<DataCollection, string>> = {
  sources: "the stories' sources and <Cite>s",
  views: "the steps' map=",
  actors: "the steps' actors=",
  relations: "the steps' relations=",
  events: "the steps' event=",
};

/** One line per file that could not be read: the id checks that depend on it and were left out. */
export function skippedChecks(unreadable: ReadonlySet<DataCollection>, contentPrefix: string): string[] {
  return [...unreadable].map((target) => {
    const fields = new Map<string, string[]>();
    for (const r of references.filter((r) => r.to === target)) {
      const file = dataFiles[r.from].file;
      fields.set(file, [...new Set([...(fields.get(file) ?? []), r.field.split('.')[0]!])]);
    }
    const users = [
      ...[...fields].map(([file, names]) => `${file} (${names.join(', ')})`),
      ...(storyReferences[target] ? [storyReferences[target]] : []),
    ];
    return `not checked until ${contentPrefix}/${dataFiles[target].file} can be read: the ${target} named in ${users.join(', ')}`;
  });
}

/** The "unknown id" error for one dangling reference, with the nearest real id as a hint. */
export function unknownIdError(
  base: Omit<ContentError, 'problem' | 'fix'>,
  id: string,
  target: DataCollection,
  known: Iterable<string>,
): ContentError {
  const singular = target.replace(/s$/, '');
  const guess = closest(id, known);
  const file = `content/${dataFiles[target].file}`;
  return {
    ...base,
    problem: `"${id}" is not the id of any ${singular}${guess === undefined ? '' : ` — did you mean "${guess}"?`}`,
    fix:
      guess === undefined
        ? `use an id from ${file}, or add an entry with id "${id}" there`
        : `write "${guess}", or another id from ${file}`,
  };
}

/** The values at a dotted path, expanding `*` over list items; each with its concrete path ("routes.0.from"). */
function valuesAt(value: unknown, keys: string[], prefix = ''): Array<{ path: string; value: unknown }> {
  if (value === undefined) return [];
  if (keys.length === 0) return [{ path: prefix, value }];
  const [key, ...rest] = keys as [string, ...string[]];
  const join = (k: string | number) => (prefix ? `${prefix}.${k}` : String(k));
  if (key === '*') return Array.isArray(value) ? value.flatMap((v, i) => valuesAt(v, rest, join(i))) : [];
  return valuesAt((value as Record<string, unknown> | null)?.[key], rest, join(key));
}

function duplicateIds(entries: readonly LocatedEntry<{ id: string }>[], file: string): ContentError[] {
  const seen = new Map<string, LocatedItem>();
  const errors: ContentError[] = [];
  for (const { data, item } of entries) {
    const first = seen.get(data.id);
    if (first) {
      errors.push({
        file,
        line: item.fieldLines.id ?? item.line,
        entry: entryLabel(item.value, item.index),
        field: 'id',
        problem: `"${data.id}" is already the id of item ${first.index + 1} (line ${first.line})`,
        fix: 'give each entry its own id; ids are permanent keys, so rename the new entry, not the published one.',
      });
    } else seen.set(data.id, item);
  }
  return errors;
}

/** Checks ids are unique per file and every cross-file reference names an existing entry. */
export function checkReferences(
  data: LocatedData,
  contentPrefix: string,
  unreadable: ReadonlySet<DataCollection> = new Set(),
  knownIds: Partial<Record<DataCollection, ReadonlySet<string>>> = {},
): ContentError[] {
  const fileOf = (c: DataCollection) => `${contentPrefix}/${dataFiles[c].file}`;
  // Ids of entries that failed their own checks still count, so one mistake is reported once.
  const ids = Object.fromEntries(
    (Object.keys(data) as DataCollection[]).map((c) => [
      c,
      knownIds[c] ?? new Set(data[c].map((e) => e.data.id)),
    ]),
  ) as Record<DataCollection, ReadonlySet<string>>;
  const errors = (Object.keys(data) as DataCollection[]).flatMap((c) => duplicateIds(data[c], fileOf(c)));

  for (const { from, field, to } of references) {
    // A file that failed to parse has no ids to check against: its own error says what to fix.
    if (unreadable.has(to)) continue;
    for (const { data: entry, item } of data[from] as LocatedEntry<Record<string, unknown>>[]) {
      for (const { path, value: id } of valuesAt(entry, field.split('.'))) {
        if (typeof id !== 'string' || ids[to].has(id)) continue;
        const top = field.split('.')[0]!;
        const base = {
          file: fileOf(from),
          line: item.fieldLines[top] ?? item.line,
          entry: entryLabel(item.value, item.index),
          field: path,
        };
        errors.push(unknownIdError(base, id, to, ids[to]));
      }
    }
  }
  for (const { data: entry, item } of data.relations) {
    if (entry.from === entry.to) {
      errors.push({
        file: fileOf('relations'),
        line: item.fieldLines.to ?? item.line,
        entry: entryLabel(item.value, item.index),
        field: 'to',
        problem: `points back to its own "from" actor "${entry.from}"`,
        fix: 'point "to" at another actor; a relation links two different actors',
      });
    }
  }
  return errors;
}
