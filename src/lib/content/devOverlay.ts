import { countErrors, fixSentence, formatContentError, type ContentReport } from './contentError';

/**
 * The fields Astro's dev error overlay shows. `message`, `hint` and `highlightedCode` are HTML (the
 * overlay sets them as markup), so content text in them is escaped here, once; the rest is text.
 */
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
 * The file up to a few lines past `line` as the overlay's code frame, the offending line marked. It
 * starts at the file's first line because the overlay numbers the lines it is given from 1 (and
 * scrolls to the marked one).
 */
function codeFrame(text: string, line: number): string {
  const lines = text.split('\n');
  const from = 1;
  const to = Math.min(lines.length, line + 4);
  const marked = lines
    .slice(from - 1, to)
    .map((l, i) => `<span class="line${from + i === line ? ' error-line' : ''}">${escapeHtml(l)}</span>`);
  return `<pre class="shiki"><code>${marked.join('\n')}</code></pre>`;
}

/**
 * What the editor sees in the browser while the content is wrong: every error on its own line (the
 * overlay keeps line breaks), the first one's fix as the hint, and its file with the offending line
 * marked and the caret at the line's first character.
 */
export function overlayError(
  report: ContentReport,
  resolveFile: (file: string) => string,
  readFile: (file: string) => string | undefined,
): OverlayError {
  const { errors, skipped = [] } = report;
  const first = errors[0]!;
  const file = resolveFile(first.file);
  const text = first.line === undefined ? undefined : readFile(file);
  const lines = [...errors.map((e) => `• ${formatContentError(e)}`), ...skipped.map((s) => `(${s}.)`)];
  const fix = fixSentence(first);
  const hint = `${fix === undefined ? 'Mend the file named above.' : `Fix: ${fix}`} Save the file and the page reloads by itself.`;
  const located =
    text === undefined || first.line === undefined
      ? {}
      : {
          loc: { file, line: first.line, column: (text.split('\n')[first.line - 1] ?? '').search(/\S|$/) + 1 },
          highlightedCode: codeFrame(text, first.line),
        };
  return {
    name: 'ContentError',
    title: `${countErrors(errors.length)}: fix and save, and the page comes back by itself`,
    message: escapeHtml(lines.join('\n')),
    hint: escapeHtml(hint),
    stack: errors.map((e) => formatContentError(e)).join('\n'),
    ...located,
  };
}

/**
 * A page that shows the overlay by itself: what the dev server serves while the content is wrong,
 * in place of a page built from it. It loads Vite's client, so the fix reloads it like any page.
 */
export function overlayPage(overlay: OverlayError, favicon: string): string {
  // Inside <script>, "<" is written as \u003c so no content text can close the element.
  const payload = JSON.stringify(overlay).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(overlay.title)}</title>
<link rel="icon" href="${escapeHtml(favicon)}" type="image/svg+xml">
<script type="module">
import { ErrorOverlay } from '/@vite/client';
document.body.append(new ErrorOverlay(${payload}));
</script>
</head>
<body></body>
</html>
`;
}
