import type { z } from 'zod';
import type { ContentError } from './contentError';
import type { LocatedItem } from './parseYamlList';
import { closest } from './suggest';

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

/** How an entry is named in messages: by its id when it has one, else by its position. */
export function entryLabel(value: unknown, index: number): string {
  const id = (value as { id?: unknown } | null)?.id;
  return typeof id === 'string' && id !== '' ? `entry "${id}" (item ${index + 1})` : `item ${index + 1}`;
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<PropertyKey, unknown> | null)?.[key], value);
}

function describe(value: unknown): string {
  if (value === null) return 'nothing (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text "${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${String(value)}`;
}

const expectedWords: Record<string, string> = {
  number: 'a number (no quotes)',
  string: 'text',
  array: 'a list (lines starting with "- ", or [a, b])',
  object: 'a group of fields',
  boolean: 'true or false',
};

/** The schema's description of a field, a noun phrase ("the latitude in degrees north ..."), if any. */
function ruleOf(schema: ObjectSchema, field: PropertyKey | undefined): string | undefined {
  const text =
    typeof field === 'string' ? (schema.shape[field] as z.ZodType | undefined)?.description : undefined;
  return text?.replace(/\.$/, '');
}

/** Fields the entry lacks although the schema requires them. */
function missingRequired(value: unknown, schema: ObjectSchema): string[] {
  const present = value !== null && typeof value === 'object' ? Object.keys(value) : [];
  return Object.entries(schema.shape)
    .filter(([name, field]) => !present.includes(name) && !(field as z.ZodType).safeParse(undefined).success)
    .map(([name]) => name);
}

/** The object schema at a path of nested fields (optional wrappers unwrapped), if there is one. */
function schemaAt(schema: ObjectSchema, path: readonly PropertyKey[]): ObjectSchema | undefined {
  let at: z.ZodType | undefined = schema;
  for (const key of path) {
    while (at && 'unwrap' in at && typeof at.unwrap === 'function') at = (at.unwrap as () => z.ZodType)();
    at = typeof key === 'string' ? ((at as ObjectSchema | undefined)?.shape?.[key] as z.ZodType | undefined) : undefined;
  }
  while (at && 'unwrap' in at && typeof at.unwrap === 'function') at = (at.unwrap as () => z.ZodType)();
  return at && 'shape' in at ? (at as ObjectSchema) : undefined;
}

/** An unknown field inside a group ("charts.mapp"): a near miss of the group's fields, else removed. */
function unknownNestedField(key: string, path: readonly PropertyKey[], schema: ObjectSchema) {
  const group = path.map(String).join('.');
  const allowed = Object.keys(schemaAt(schema, path)?.shape ?? {});
  const intended = closest(key, allowed);
  const also = intended === undefined ? '' : ` — did you mean "${intended}"?`;
  return {
    problem: `is not one of the fields of "${group}"${also}`,
    fix: `${intended === undefined ? 'rename it or delete the line' : `rename it "${intended}"`}; the fields of "${group}" are ${allowed.join(', ')}`,
  };
}

/** An unknown field: renamed when it is a near miss of a field the entry lacks, else removed. */
function unknownField(key: string, item: LocatedItem, schema: ObjectSchema, singular: string) {
  const allowed = Object.keys(schema.shape);
  const missing = missingRequired(item.value, schema);
  const intended = closest(key, missing) ?? closest(key, allowed);
  if (intended !== undefined && missing.includes(intended)) {
    const rule = ruleOf(schema, intended);
    return {
      problem: `is not a field of ${singular} — did you mean "${intended}"?`,
      fix: `rename it "${intended}"${rule ? `: ${singular} needs ${rule}` : ''}`,
    };
  }
  const also = intended === undefined ? '' : ` — did you mean "${intended}"?`;
  return {
    problem: `is not a field of ${singular}${also}`,
    fix: `rename it or delete the line; the fields of ${singular} are ${allowed.join(', ')}`,
  };
}

/** The line of the deepest field of a path the entry has a line for (nested fields have their own). */
function deepestLine(item: LocatedItem, path: readonly PropertyKey[]): number {
  for (let n = path.length; n > 0; n--) {
    const line = item.fieldLines[path.slice(0, n).map(String).join('.')];
    if (line !== undefined) return line;
  }
  return item.line;
}

/** Turns one schema issue into an editor-facing error, with the field's own description as the rule. */
function toContentError(
  issue: z.core.$ZodIssue,
  item: LocatedItem,
  schema: ObjectSchema,
  file: string,
  singular: string,
  renamed: ReadonlySet<string>,
): ContentError[] {
  const entry = entryLabel(item.value, item.index);
  const top = issue.path[0];
  const fieldName = issue.path.map(String).join('.');
  const rule = ruleOf(schema, top);
  const line = deepestLine(item, issue.path);
  const base = { file, line, entry, field: fieldName || undefined };
  const actual = valueAt(item.value, issue.path);
  const write = rule === undefined ? undefined : `write ${rule}`;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const field = [...issue.path.map(String), key].join('.');
        return {
          ...base,
          line: item.fieldLines[field] ?? line,
          field,
          ...(issue.path.length === 0
            ? unknownField(key, item, schema, singular)
            : unknownNestedField(key, issue.path, schema)),
        };
      });
    case 'invalid_type':
      // A missing field whose near-miss spelling is there is reported once, at the misspelling.
      if (actual === undefined && issue.path.length === 1 && renamed.has(fieldName)) return [];
      if (actual === undefined) {
        const what = rule ?? expectedWords[issue.expected] ?? issue.expected;
        return [{ ...base, problem: 'is missing', fix: `add a line "${fieldName}: ..." with ${what}` }];
      }
      if (issue.path.length === 0) {
        const problem = `must be a group of fields, got ${describe(actual)}`;
        return [{ ...base, field: undefined, problem, fix: 'write the entry as "- id: ..." followed by its fields' }];
      }
      return [
        {
          ...base,
          problem: `must be ${expectedWords[issue.expected] ?? issue.expected}, got ${describe(actual)}`,
          fix: write,
        },
      ];
    case 'invalid_value': {
      const guess = closest(String(actual), issue.values.map(String));
      const hint = guess === undefined ? '' : ` — did you mean "${guess}"?`;
      return [
        {
          ...base,
          problem: `${describe(actual)} is not allowed${hint}`,
          fix: `use one of ${issue.values.join(', ')}`,
        },
      ];
    }
    case 'too_big':
    case 'too_small': {
      const limit = issue.code === 'too_big' ? `more than ${issue.maximum}` : `less than ${issue.minimum}`;
      const problem =
        typeof actual === 'number'
          ? `${actual} is out of range (${limit})`
          : `${describe(actual)} ${issue.message.replace(/^Too (big|small): /, '')}`;
      return [{ ...base, problem, fix: write }];
    }
    default:
      return [{ ...base, problem: `${describe(actual)} ${issue.message}`, fix: write }];
  }
}

/** Required fields an unknown field of this entry stands in for ("lattitude" for a missing "lat"). */
function renamedFields(issues: readonly z.core.$ZodIssue[], item: LocatedItem, schema: ObjectSchema) {
  const missing = missingRequired(item.value, schema);
  const unknown = issues.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys : []));
  return new Set(unknown.map((key) => closest(key, missing)).filter((f) => f !== undefined));
}

/** Validates every entry of a list against its schema; returns the parsed entries that passed and every error. */
export function validateEntries<S extends ObjectSchema>(
  items: readonly LocatedItem[],
  schema: S,
  file: string,
  singular: string,
): { entries: Array<{ item: LocatedItem; data: z.infer<S> }>; errors: ContentError[] } {
  const entries: Array<{ item: LocatedItem; data: z.infer<S> }> = [];
  const errors: ContentError[] = [];
  for (const item of items) {
    const result = schema.safeParse(item.value);
    if (result.success) {
      entries.push({ item, data: result.data });
      continue;
    }
    const renamed = renamedFields(result.error.issues, item, schema);
    errors.push(
      ...result.error.issues.flatMap((issue) => toContentError(issue, item, schema, file, singular, renamed)),
    );
  }
  return { entries, errors };
}
