import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { attr, distFiles, elements, readDist } from '../support/dist';
import { readContent } from '../../src/lib/content/readContent';
import { routes } from '../../src/lib/site/routes';
import { projectRoot, realContent } from '../support/contentFixture';

const slugs = readContent(realContent, projectRoot).content.stories.map((s) => s.slug);

// Attributes through which a page loads something (a plain <a href> or rel=canonical is only a link).
const loadingAttributes: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  track: ['src'],
  image: ['href', 'xlink:href'],
  use: ['href', 'xlink:href'],
};
const loadingRels = new Set([
  'stylesheet',
  'icon',
  'preload',
  'modulepreload',
  'prefetch',
  'manifest',
  'apple-touch-icon',
  'preconnect',
  'dns-prefetch',
]);

const external = (url: string) =>
  /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(url.trim()) && !url.trim().startsWith('data:');

/** Every URL a built page or stylesheet would fetch. */
function loadedUrls(file: string): string[] {
  const text = readDist(file);
  if (file.endsWith('.css'))
    return [...text.matchAll(/url\(\s*['"]?([^'")]+)|@import\s+['"]([^'"]+)/g)].map((m) => m[1] ?? m[2]!);
  const urls: string[] = [];
  for (const el of elements(text)) {
    for (const name of loadingAttributes[el.tagName] ?? []) {
      const value = attr(el, name);
      if (value) urls.push(...value.split(',').map((part) => part.trim().split(/\s+/)[0]!));
    }
    if (el.tagName === 'link') {
      const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
      if (rels.some((r) => loadingRels.has(r))) urls.push(attr(el, 'href') ?? '');
    }
    const style = attr(el, 'style');
    if (style) urls.push(...[...style.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]!));
  }
  return urls;
}

describe('nothing a page loads comes from another host', () => {
  const files = [...distFiles('.html'), ...distFiles('.css')];
  for (const file of files) {
    it(file, () => {
      const offHost = loadedUrls(file).filter(external);
      expect(offHost).toEqual([]);
    });
  }

  it('the check itself catches an off-host stylesheet, script and CSS font', () => {
    const sample =
      '<link rel="stylesheet" href="https://cdn.example/x.css"><script src="//cdn.example/x.js"></script>';
    const urls = elements(sample).flatMap((el) =>
      [attr(el, 'src'), attr(el, 'href')].filter((u): u is string => !!u),
    );
    expect(urls.filter(external)).toHaveLength(2);
    expect(external('/_astro/x.css')).toBe(false);
  });
});

describe('every page carries a strict Content-Security-Policy', () => {
  for (const file of distFiles('.html')) {
    it(file, () => {
      const all = elements(readDist(file));
      const meta = all.find(
        (e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'content-security-policy',
      );
      const policy = attr(meta!, 'content') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
      const scriptSrc = /script-src([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scriptSrc).toContain("'self'");
      expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      // Every inline script that runs (a story's loader: src/lib/site/paintFirst.ts) is allowed by its hash.
      const inline = all.filter(
        (e) =>
          e.tagName === 'script' &&
          !attr(e, 'src') &&
          ['module', 'text/javascript', undefined].includes(attr(e, 'type')),
      );
      for (const script of inline) {
        const code = script.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
        const hash = createHash('sha256').update(code).digest('base64');
        expect(scriptSrc, code.slice(0, 80)).toContain(`'sha256-${hash}'`);
      }
      // No inline event handlers anywhere (the policy would block them, and they would be a smell).
      expect(readDist(file)).not.toMatch(/\son[a-z]+\s*=\s*["']/i);
    });
  }
});

describe('headers for static hosts', () => {
  it('ships a _headers file: the story framed only by itself, embeds anywhere, no sniffing', () => {
    const headers = readDist('_headers');
    const block = (path: string) => headers.split(/\n(?=\S)/).find((b) => b.startsWith(`${path}\n`)) ?? '';
    for (const path of ['/', ...slugs.map((slug) => routes.story(slug))])
      expect(block(path)).toContain("Content-Security-Policy: frame-ancestors 'self'");
    // Rules must not overlap on the policy: hosts would send both, and browsers enforce both.
    expect(block('/*')).not.toContain('Content-Security-Policy');
    expect(block('/embed/*')).toContain('Content-Security-Policy: frame-ancestors *');
    expect(block('/*')).toContain('X-Content-Type-Options: nosniff');
    expect(block('/*')).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    expect(block('/*')).toContain('Permissions-Policy:');
  });
});
