/** One mistake in the content, located precisely enough for an editor to find and mend it. */
export interface ContentError {
  /** Path of the file, relative to the project, e.g. "content/places.yaml". */
  file: string;
  /** 1-based line in that file, where known. */
  line?: number;
  /** The entry, by id where it has one: 'entry "rafah"' or 'item 3'. */
  entry?: string;
  /** The field, as a dotted path: "lat", "corrections.0.date". */
  field?: string;
  /** What is wrong. */
  problem: string;
  /** How to mend it, as a sentence: "write a number from -90 to 90." */
  fix?: string;
}

/** The errors of a content check, and what it could not check because of them. */
export interface ContentReport {
  errors: readonly ContentError[];
  /** Checks left out because a file they depend on does not parse, each said once. */
  skipped?: readonly string[];
}

/** Ends a clause with a full stop unless it already ends a sentence ("did you mean …?"). */
const sentence = (text: string) => (/[.?!]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/** The fix of an error as a sentence, if it has one. */
export const fixSentence = (error: ContentError) => (error.fix === undefined ? undefined : sentence(error.fix));

/** One error as a line: "content/places.yaml:14: entry "rafah", field "lat": is more than 90. Fix: ...". */
export function formatContentError(error: ContentError): string {
  const where = error.line === undefined ? error.file : `${error.file}:${error.line}`;
  const what = [error.entry, error.field === undefined ? undefined : `field "${error.field}"`]
    .filter(Boolean)
    .join(', ');
  const fix = error.fix === undefined ? '' : ` Fix: ${fixSentence(error)}`;
  return `${where}: ${what ? `${what}: ` : ''}${sentence(error.problem)}${fix}`;
}

/** "1 content error" / "3 content errors". */
export const countErrors = (n: number) => (n === 1 ? '1 content error' : `${n} content errors`);

/** Every error as a bulleted line, then each skipped check once. */
export function formatContentReport({ errors, skipped = [] }: ContentReport): string {
  return [
    ...errors.map((e) => `  - ${formatContentError(e)}`),
    ...skipped.map((s) => `  (${sentence(s)})`),
  ].join('\n');
}
