import { describe, expect, it } from 'vitest';
import { overlayError } from '../../../src/lib/content/devOverlay';

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
  const text = 'a\nb\nname: <img>\nc\n';
  const overlay = overlayError(errors, (f) => `/site/${f}`, (f) => (f === '/site/content/places.yaml' ? text : undefined));

  it('lists every error, escaped: content text never becomes markup', () => {
    expect(overlay.title).toMatch(/^2 content errors/);
    expect(overlay.message.split('<br>')).toHaveLength(2);
    expect(overlay.message).toContain('content/places.yaml:3: entry &quot;rafah&quot;, field &quot;name&quot;');
    expect(overlay.message).not.toContain('<img');
    expect(overlay.hint).toContain('write a name &amp; nothing else');
  });

  it("points at the first error's file and line, with that line marked in the excerpt", () => {
    expect(overlay.loc).toEqual({ file: '/site/content/places.yaml', line: 3, column: 1 });
    expect(overlay.highlightedCode).toContain('<span class="line error-line">name: &lt;img&gt;</span>');
    expect(overlay.highlightedCode!.match(/error-line/g)).toHaveLength(1);
  });

  it('leaves the location out when the file cannot be read', () => {
    const missing = overlayError([errors[1]!], (f) => `/site/${f}`, () => undefined);
    expect(missing.loc).toBeUndefined();
    expect(missing.highlightedCode).toBeUndefined();
    expect(missing.hint).toContain('reloads by itself');
  });
});
