import { formatContentError, type ContentError } from './contentError';

/** The fields Astro's dev error overlay shows: a title, the message, a hint, and the file with its lines. */
export interface OverlayError {
  name: string;
  title: string;
  message: string;
  hint: string;
  stack: string;
  loc?: { file: string; line: number; column: number };
  highlightedCode?: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * What the editor sees in the browser while the content is wrong: every error as a line (the overlay
 * renders HTML, so all content text is escaped), the first one's fix as the hint, and the first
 * one's file with the offending line marked.
 */
export function overlayError(
  errors: readonly ContentError[],
  resolveFile: (file: string) => string,
  readFile: (file: string) => string | undefined,
): OverlayError {
  const first = errors[0]!;
  const count = errors.length === 1 ? '1 content error' : `${errors.length} content errors`;
  const file = resolveFile(first.file);
  const text = readFile(file);
  let highlightedCode: string | undefined;
  if (text !== undefined && first.line !== undefined) {
    const lines = text.split('\n');
    const from = Math.max(1, first.line - 4);
    const to = Math.min(lines.length, first.line + 4);
    const marked = lines
      .slice(from - 1, to)
      .map((l, i) => `<span class="line${from + i === first.line ? ' error-line' : ''}">${escapeHtml(l)}</span>`);
    highlightedCode = `<pre class="shiki"><code>${marked.join('\n')}</code></pre>`;
  }
  return {
    name: 'ContentValidationError',
    title: `${count}: the preview shows the last good version`,
    message: errors.map((e) => `• ${escapeHtml(formatContentError(e))}`).join('<br>'),
    hint: escapeHtml(
      `${first.fix ?? 'Mend the file named above.'} Save the file: the preview reloads by itself once the content is right.`,
    ),
    stack: errors.map((e) => formatContentError(e)).join('\n'),
    ...(text === undefined || first.line === undefined ? {} : { loc: { file, line: first.line, column: 1 } }),
    ...(highlightedCode ? { highlightedCode } : {}),
  };
}
