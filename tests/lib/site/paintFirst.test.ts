import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { paintFirstLoader, paintFirstPage, sectionBlocks } from '../../../src/lib/site/paintFirst';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const policy = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-abc='; style-src 'self'">`;
const page = (body: string) => `<!doctype html><html><head>${policy}</head><body>${body}</body></html>`;

describe("a story page's script, started after the first paint", () => {
  it('becomes an inline module importing the script, allowed by its hash beside the hashes already there', () => {
    const out = paintFirstPage(page('<script type="module" src="/_astro/story.1.js"></script>'), 's', sha256);
    const loader = paintFirstLoader('/_astro/story.1.js');
    expect(out).toContain(`<script type="module">${loader}</script>`);
    expect(out).not.toContain('src="/_astro/story.1.js"');
    expect(loader).toContain('import("/_astro/story.1.js")');
    expect(out).toContain(`script-src 'self' 'sha256-${sha256(loader)}' 'sha256-abc='`);
  });

  it('waits for the first contentful paint, and falls back on a frame, then on a timer', () => {
    const loader = paintFirstLoader('/x.js');
    expect(loader).toContain('"first-contentful-paint"');
    expect(loader).toContain('requestAnimationFrame');
    expect(loader).toMatch(/setTimeout\(go,\d/);
    expect(loader).toContain(`lay(d.querySelectorAll(${JSON.stringify(sectionBlocks)}))`);
    // The sections' blocks wait for the story to be driven, or for a timer if it never is.
    expect(loader).toContain('customElements.whenDefined("scroll-story").then(blocks),setTimeout(blocks,');
    // A link within the page lets them all in before its target is scrolled to.
    expect(loader).toContain(`closest?.('a[href^="#"]')&&delete d.documentElement.dataset.fromTop`);
    expect(loader).toContain('rel:"preload",as:"fetch",crossOrigin:"",href:e.dataset.live');
  });

  it('leaves a page with no module script as it is', () => {
    const html = page('<p>No script</p><script type="application/json">{}</script>');
    expect(paintFirstPage(html, 's', sha256)).toBe(html);
  });

  it('refuses a page with two module scripts, or with no policy to allow the loader', () => {
    const two = page(
      '<script type="module" src="/a.js"></script><script type="module" src="/b.js"></script>',
    );
    expect(() => paintFirstPage(two, 'two/index.html', sha256)).toThrow(/two\/index.html: 2 module scripts/);
    const bare = '<html><body><script type="module" src="/a.js"></script></body></html>';
    expect(() => paintFirstPage(bare, 'bare/index.html', sha256)).toThrow(
      /bare\/index.html: no content-security-policy/,
    );
  });
});
