import type { z } from 'zod';
import type { ContentError } from './contentError';
import type { LocatedItem } from './parseYamlList';
import { didYouMean } from './suggest';

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

const allowed = (rule: string | undefined) => (rule === undefined ? undefined : `Allowed: ${rule}`);

const expectedWords: Record<string, string> = {
  number: 'a number (no quotes)',
  string: 'text',
  array: 'a list (lines starting with "- ", or [a, b])',
  object: 'a group of fields',
  boolean: 'true or false',
};

/** Turns one schema issue into an editor-facing error, with the field's own description as the rule. */
function toContentError(
  issue: z.core.$ZodIssue,
  item: LocatedItem,
  schema: ObjectSchema,
  file: string,
  singular: string,
): ContentError[] {
  const entry = entryLabel(item.value, item.index);
  const top = issue.path[0];
  const fieldName = issue.path.map(String).join('.');
  const rule =
    typeof top === 'string' ? (schema.shape[top] as z.ZodType | undefined)?.description : undefined;
  const line = typeof top === 'string' ? (item.fieldLines[top] ?? item.line) : item.line;
  const base = { file, line, entry, field: fieldName || undefined };
  const actual = valueAt(item.value, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = Object.keys(schema.shape);
      return issue.keys.map((key) => ({
        ...base,
        line: item.fieldLines[key] ?? item.line,
        field: [...issue.path.map(String), key].join('.'),
        problem: `is not a field of ${singular}`,
        fix: `${didYouMean(key, allowed)}Allowed fields: ${allowed.join(', ')}.`,
      }));
    }
    case 'invalid_type':
      if (actual === undefined) {
        const what = rule ?? `${expectedWords[issue.expected] ?? issue.expected}`;
        return [
          {
            ...base,
            problem: 'is missing',
            fix: `add a line "${fieldName}: ..." to the entry. Allowed: ${what}`,
          },
        ];
      }
      if (issue.path.length === 0) {
        return [
          {
            ...base,
            field: undefined,
            problem: `must be a group of fields, got ${describe(actual)}`,
            fix: `write the entry as "- id: ..." followed by its fields`,
          },
        ];
      }
      return [
        {
          ...base,
          problem: `must be ${expectedWords[issue.expected] ?? issue.expected}, got ${describe(actual)}`,
          fix: allowed(rule),
        },
      ];
    case 'invalid_value':
      return [
        {
          ...base,
          problem: `${describe(actual)} is not allowed`,
          fix: `${didYouMean(String(actual), issue.values.map(String))}use one of: ${issue.values.join(', ')}.`,
        },
      ];
    case 'too_big':
    case 'too_small': {
      const limit = issue.code === 'too_big' ? `more than ${issue.maximum}` : `less than ${issue.minimum}`;
      const problem =
        typeof actual === 'number'
          ? `${actual} is out of range (${limit})`
          : `${describe(actual)} ${issue.message.replace(/^Too (big|small): /, '')}`;
      return [{ ...base, problem, fix: allowed(rule) }];
    }
    default:
      return [{ ...base, problem: `${describe(actual)} ${issue.message}`, fix: allowed(rule) }];
  }
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
    if (result.success) entries.push({ item, data: result.data });
    else
      errors.push(
        ...result.error.issues.flatMap((issue) => toContentError(issue, item, schema, file, singular)),
      );
  }
  return { entries, errors };
}
