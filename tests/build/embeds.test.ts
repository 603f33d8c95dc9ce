import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/lib/embed/embedOptions';
import { readContent } from '../../src/lib/content/readContent';
import { projectRoot, realContent } from '../support/contentFixture';
import { attr, descendants, distDir, elements, readDist, textOf } from '../support/dist';

const { content } = readContent(realContent, projectRoot);
const pngSize = (file: string) => {
  const b = readFileSync(path.join(distDir, file));
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

describe('embed pages', () => {
  for (const chart of charts) {
    it(`/embed/${chart}/: the chart alone, titled, credited, linked to the story, not indexed`, () => {
      const all = elements(readDist(`embed/${chart}/index.html`));
      const meta = (name: string) =>
        attr(
          all.find(
            (e) => e.tagName === 'meta' && (attr(e, 'name') === name || attr(e, 'property') === name),
          )!,
          'content',
        );
      expect(meta('robots')).toBe('noindex');
      const link = (rel: string) => all.find((e) => e.tagName === 'link' && attr(e, 'rel') === rel);
      expect(new URL(attr(link('canonical')!, 'href')!).pathname).toBe('/');
      expect(new URL(attr(link('alternate')!, 'href')!).pathname).toBe(`/oembed/${chart}.json`);
      expect(meta('og:image')).toMatch(new RegExp(`/downloads/${chart}-share\\.png$`));
      expect(meta('og:image:alt')).toBeTruthy();
      // No page chrome: no story header, no article, no skip link.
      expect(
        all.some(
          (e) => e.tagName === 'article' || e.tagName === 'header' || attr(e, 'class') === 'skip-link',
        ),
      ).toBe(false);
      const element = { map: 'locator-map', diagram: 'actor-diagram', timeline: 'event-timeline' }[chart];
      expect(all.filter((e) => e.tagName === element)).toHaveLength(1);
      const credit = all.find((e) => attr(e, 'class') === 'embed-credit')!;
      expect(textOf(credit)).toMatch(/Graphic: the graphics desk/);
      expect(
        descendants(credit).some((e) => e.tagName === 'a' && new URL(attr(e, 'href')!).pathname === '/'),
      ).toBe(true);
    });
  }

  it('the embed page offers every chart with a preview, its code and downloads', () => {
    const all = elements(readDist('embed/index.html'));
    for (const chart of charts) {
      const card = all.find((e) => attr(e, 'data-chart') === chart)!;
      const inside = descendants(card);
      expect(inside.find((e) => e.tagName === 'iframe')).toBeDefined();
      const code = textOf(inside.find((e) => e.tagName === 'textarea')!);
      expect(code).toContain(`/embed/${chart}/`);
      expect(code).toContain('/embed.js');
      expect(
        inside
          .filter((e) => e.tagName === 'a' && attr(e, 'download') !== undefined)
          .map((e) => attr(e, 'href')),
      ).toEqual([`/downloads/${chart}.svg`, `/downloads/${chart}.png`]);
    }
    const steps = content.stories[0]!.steps.map((s) => s.id);
    const text = textOf(all.find((e) => e.tagName === 'main')!);
    for (const id of steps) expect(text).toContain(id);
  });
});

describe('oEmbed and downloads', () => {
  for (const chart of charts) {
    it(`${chart}: oEmbed JSON of type rich, an SVG and PNGs of the right size`, () => {
      const oembed = JSON.parse(readDist(`oembed/${chart}.json`)) as Record<string, unknown>;
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
      expect(String(oembed.html)).toContain(`/embed/${chart}/`);
      const svg = readDist(`downloads/${chart}.svg`);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
      expect(svg).toContain('<style>');
      expect(svg).not.toMatch(/var\(--/);
      // The download is the built chart: the same keyed marks.
      const keyCount = (svg.match(/data-key="/g) ?? []).length;
      expect(keyCount).toBeGreaterThan(5);
      expect(pngSize(`downloads/${chart}.png`)).toEqual({ width: w! * 2, height: Math.round(h! * 2) });
      expect(pngSize(`downloads/${chart}-share.png`)).toEqual({ width: 1200, height: 630 });
    });
  }

  it('the story has a share card too', () => {
    const all = elements(readDist('index.html'));
    const image = attr(
      all.find((e) => attr(e, 'property') === 'og:image')!,
      'content',
    )!;
    expect(new URL(image).pathname).toBe('/downloads/map-share.png');
  });
});
