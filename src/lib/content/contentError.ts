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
  /** How to mend it: what is allowed, or the likely intended value. */
  fix?: string;
}

/** One error as a line: "content/places.yaml:14: entry "rafah", field "lat": is more than 90. Fix: ...". */
export function formatContentError(error: ContentError): string {
  const where = error.line === undefined ? error.file : `${error.file}:${error.line}`;
  const what = [error.entry, error.field === undefined ? undefined : `field "${error.field}"`]
    .filter(Boolean)
    .join(', ');
  const fix = error.fix === undefined ? '' : ` Fix: ${error.fix}`;
  return `${where}: ${what ? `${what}: ` : ''}${error.problem}.${fix}`;
}

/** Thrown by the build when content has mistakes: its message lists every one of them. */
export class ContentValidationError extends Error {
  // Not named `errors`: Astro would read that as a list of esbuild errors and drop the message.
  readonly problems: readonly ContentError[];
  /** Read by Astro's dev error overlay. */
  readonly title: string;
  readonly hint: string;
  /** Where the first mistake is; the dev server sets it, with the file's absolute path. */
  loc: { file: string; line?: number; column: number } | undefined;

  /** `during` says what the mistake stopped: a build (nothing written) or the dev preview. */
  constructor(errors: readonly ContentError[], during: 'build' | 'preview' = 'build') {
    const count = errors.length === 1 ? '1 content error' : `${errors.length} content errors`;
    const stopped = during === 'build' ? 'nothing was built' : 'the preview waits for the fix';
    super(`${count}; ${stopped}.\n${errors.map((e) => `  - ${formatContentError(e)}`).join('\n')}`);
    this.name = 'ContentValidationError';
    this.problems = errors;
    this.title = `${count}: fix the file and save, the preview reloads by itself`;
    this.hint = errors[0]?.fix ?? 'Mend the file named above.';
    this.loc = undefined;
    // The list is the whole story for an editor; a stack trace under it would only be noise.
    this.stack = '';
  }
}
