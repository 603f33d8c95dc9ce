import { parse, serialize } from 'parse5';
import { describe, expect, it } from 'vitest';
import { asciiHtml } from '../../../src/lib/site/asciiHtml';

const isAscii = (text: string) => !/[\u0080-\u{10ffff}]/u.test(text);
/** What a browser makes of a document: parse5 parses it as the HTML standard says and writes the tree back. */
const tree = (html: string) => serialize(parse(html));

const page = (body: string, head = '') =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gaza and Rafah</title>${head}</head><body>${body}</body></html>`;

describe('asciiHtml: a page in ASCII that means the same', () => {
  it('writes text and attributes past ASCII as character references, to the same document tree', () => {
    const html = page(
      '<p class="kicker">Explainer · Israel–Hamas war</p><p title="Egypt’s “plan”">Cairo’s proposal, 6 May – 7 May 😀</p><button aria-label="Next step">Next ›</button>',
    );
    const ascii = asciiHtml(html);
    expect(isAscii(ascii)).toBe(true);
    expect(ascii).toContain('Explainer &#183; Israel&#8211;Hamas war');
    expect(ascii).toContain('title="Egypt&#8217;s &#8220;plan&#8221;"');
    // A character beyond the Basic Multilingual Plane is one reference, not two halves.
    expect(ascii).toContain('&#128512;');
    expect(tree(ascii)).toBe(tree(html));
  });

  it('escapes JSON data blocks in JSON, so they parse to the same data', () => {
    const data = { headline: 'Rafah – the crossing', name: 'Sīsī', smile: '😀' };
    const html = page(
      `<script type="application/json" data-models>${JSON.stringify(data)}</script>`,
      `<script type="application/ld+json">${JSON.stringify(data)}</script>`,
    );
    const ascii = asciiHtml(html);
    expect(isAscii(ascii)).toBe(true);
    const blocks = [
      ...ascii.matchAll(/<script type="application\/(?:ld\+)?json"[^>]*>([\s\S]*?)<\/script>/g),
    ];
    expect(blocks).toHaveLength(2);
    for (const [, body] of blocks) expect(JSON.parse(body!)).toEqual(data);
    expect(tree(ascii)).not.toBe(tree(html)); // the text of a data block differs, the data does not
  });

  it('leaves the code of scripts and style sheets byte for byte, for their CSP hashes', () => {
    const script = "document.title = 'Copied ⌘';";
    const style = ".kicker::after { content: '·'; }";
    const html = page(
      `<p>Gaza · Rafah</p><script type="module">${script}</script>`,
      `<style>${style}</style>`,
    );
    const ascii = asciiHtml(html);
    expect(ascii).toContain(`<script type="module">${script}</script>`);
    expect(ascii).toContain(`<style>${style}</style>`);
    expect(ascii).toContain('<p>Gaza &#183; Rafah</p>');
  });

  it('takes an element whose name only begins like script or style for what it is', () => {
    const html = page(
      '<script-note>Doha – Cairo</script-note><style-card>Gaza · Rafah</style-card><script>go()</script><style>p{}</style>',
    );
    const ascii = asciiHtml(html);
    expect(isAscii(ascii)).toBe(true);
    expect(tree(ascii)).toBe(tree(html));
  });

  it('returns an ASCII page unchanged', () => {
    const html = page(
      '<p>Qatar, Egypt and the United States</p><script type="application/json">{"a":1}</script>',
    );
    expect(asciiHtml(html)).toBe(html);
  });
});
