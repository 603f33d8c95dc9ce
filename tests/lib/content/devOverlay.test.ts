import { describe, expect, it } from 'vitest';
import { overlayError, overlayPage } from '../../../src/lib/content/devOverlay';

describe('the dev overlay for content errors', () => {
  const errors = [
    {
      file: 'content/places.yaml',
      line: 3,
      entry: 'entry "rafah"',
      field: 'name',
      problem: 'is "<img src=x onerror=alert(1)>"',
      fix: 'write a name & nothing else',
    },
    { file: 'content/actors.yaml', problem: 'the file is missing' },
  ];
  const text = 'a\nb\n  name: <img>\nc\n';
  const overlay = overlayError(
    { errors, skipped: ['not checked until content/actors.yaml can be read: the actors named in events.yaml'] },
    (f) => `/site/${f}`,
    (f) => (f === '/site/content/places.yaml' ? text : undefined),
  );
  // What the overlay shows: it sets message and hint as markup, so read them as a browser would.
  const shown = (html: string) =>
    html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');

  it('lists every error and the skipped checks, each on its own line, as text escaped once', () => {
    expect(overlay.title).toMatch(/^2 content errors/);
    const lines = shown(overlay.message).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '• content/places.yaml:3: entry "rafah", field "name": is "<img src=x onerror=alert(1)>". Fix: write a name & nothing else.',
    );
    expect(lines[2]).toMatch(/^\(not checked until content\/actors\.yaml can be read/);
    expect(overlay.message).not.toMatch(/<(?!\/?span)/);
    expect(overlay.message).not.toContain('&amp;quot;');
    expect(shown(overlay.hint)).toBe('Fix: write a name & nothing else. Save the file and the page reloads by itself.');
  });

  it("points at the first error's line, caret on its first character, with that line marked in the excerpt", () => {
    expect(overlay.loc).toEqual({ file: '/site/content/places.yaml', line: 3, column: 3 });
    expect(overlay.highlightedCode).toContain('<span class="line error-line">  name: &lt;img&gt;</span>');
    expect(overlay.highlightedCode!.match(/error-line/g)).toHaveLength(1);
    // The overlay numbers the excerpt's lines from 1, so the excerpt starts at the file's first line.
    const marked = [...overlay.highlightedCode!.matchAll(/<span class="line( error-line)?">/g)];
    expect(marked.findIndex((m) => m[1] !== undefined) + 1).toBe(overlay.loc!.line);
  });

  it('leaves the location out when the file cannot be read', () => {
    const missing = overlayError({ errors: [errors[1]!] }, (f) => `/site/${f}`, () => undefined);
    expect(missing.loc).toBeUndefined();
    expect(missing.highlightedCode).toBeUndefined();
    expect(missing.hint).toContain('reloads by itself');
  });

  it('serves a page whose script no content text can close, with the favicon linked', () => {
    const page = overlayPage(overlay, '/base/favicon.svg');
    const script = /<script type="module">([\s\S]*?)<\/script>/.exec(page)![1]!;
    expect(script).not.toContain('<');
    expect(page).toContain('<link rel="icon" href="/base/favicon.svg"');
    const payload = JSON.parse(/new ErrorOverlay\(([\s\S]*)\)\);/.exec(script)![1]!) as typeof overlay;
    expect(payload).toEqual(overlay);
  });
});
