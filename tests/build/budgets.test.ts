import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileHint } from '../../src/integrations/compileHints';
import { pageAssets, weigh } from '../../scripts/pageWeight';
import {
  storyHtmlBrotliBudget,
  storyHtmlRawBudget,
  storyJsBrotliBudget,
  storyPageBrotliBudget,
} from '../../scripts/budgets';
import { charts } from '../../src/lib/embed/embedOptions';
import { distDir } from '../support/dist';
import { readContent } from '../../src/lib/content/readContent';
import { builtFile, routes } from '../../src/lib/site/routes';
import { projectRoot, realContent } from '../support/contentFixture';

const slugs = readContent(realContent, projectRoot).content.stories.map((s) => s.slug);

const KB = 1024;

describe('byte budgets (brotli), as SPEC.md sets them', () => {
  for (const slug of slugs) {
    it(`the explainer ${routes.story(slug)}: JavaScript ≤ ${storyJsBrotliBudget / KB} KB, everything ≤ ${storyPageBrotliBudget / KB} KB`, () => {
      const assets = pageAssets(distDir, builtFile(routes.story(slug)));
      const { byType, total } = weigh(assets);
      expect(assets.some((a) => a.type === 'js')).toBe(true);
      // The graphics' files (the story's live graphics, the models, the geometry) are part of the page's weight.
      expect(
        assets
          .filter((a) => a.file.startsWith('graphics/'))
          .map((a) => a.type)
          .sort(),
      ).toEqual(['htm', 'json', 'json', 'json', 'svg']);
      expect(byType.get('js')!.brotli).toBeLessThanOrEqual(storyJsBrotliBudget);
      expect(total.brotli).toBeLessThanOrEqual(storyPageBrotliBudget);
    });

    for (const chart of charts) {
      it(`${routes.embed(slug, chart)}: everything ≤ 40 KB`, () => {
        const assets = pageAssets(distDir, builtFile(routes.embed(slug, chart)));
        expect(assets.some((a) => a.type === 'js')).toBe(true);
        expect(weigh(assets).total.brotli).toBeLessThanOrEqual(40 * KB);
      });
    }
  }

  it('the story index: everything ≤ 80 KB', () => {
    expect(weigh(pageAssets(distDir, 'index.html')).total.brotli).toBeLessThanOrEqual(80 * KB);
  });

  // The story's script is one file (src/integrations/storyBundle.ts); an embed's imports it.
  it('follows module imports, so no script is left uncounted', () => {
    const scripts = (page: string) =>
      pageAssets(distDir, builtFile(page))
        .map((a) => a.file)
        .filter((f) => f.startsWith('_astro/') && f.endsWith('.js'));
    const story = scripts(routes.story(slugs[0]!));
    expect(story).toHaveLength(1);
    const embed = scripts(routes.embed(slugs[0]!, charts[0]!));
    expect(embed).toHaveLength(2);
    expect(embed).toContain(story[0]);
  });
});

// The parser reads the whole page before the story can paint, and a phone on a slow network waits for
// every byte of it: SPEC.md holds the HTML itself to a raw budget, whatever brotli makes of it.
describe('story HTML (raw, and brotli), as SPEC.md sets it', () => {
  const size = (n: number) => `${n} bytes (${(n / KB).toFixed(1)} KB)`;
  for (const slug of slugs) {
    const page = routes.story(slug);
    it(`${page}: HTML ≤ ${storyHtmlRawBudget / KB} KB raw`, () => {
      const raw = statSync(path.join(distDir, builtFile(page))).size;
      expect(
        raw,
        `${page} is ${size(raw)} of HTML against a budget of ${size(storyHtmlRawBudget)}`,
      ).toBeLessThanOrEqual(storyHtmlRawBudget);
    });
    // The first round trip of a connection carries about 14 KB: a page that fits paints a round trip sooner.
    it(`${page}: HTML ≤ ${storyHtmlBrotliBudget / KB} KB brotli, one round trip`, () => {
      const [html] = pageAssets(distDir, builtFile(page));
      expect(
        html!.brotli,
        `${page} is ${size(html!.brotli)} of brotli HTML against a budget of ${size(storyHtmlBrotliBudget)}`,
      ).toBeLessThanOrEqual(storyHtmlBrotliBudget);
    });
  }
});

describe('scripts', () => {
  // embed-theme.js, the one script not bundled, is a single function that runs as it loads.
  it('every bundled script the story and its embeds load opens with V8’s compile hint, so none is compiled at first use', () => {
    const pages = slugs.flatMap((slug) => [
      routes.story(slug),
      ...charts.map((chart) => routes.embed(slug, chart)),
    ]);
    const scripts = new Set(
      pages.flatMap((page) =>
        pageAssets(distDir, builtFile(page))
          .filter((a) => a.type === 'js' && a.file.startsWith('_astro/'))
          .map((a) => a.file),
      ),
    );
    expect(scripts.size).toBeGreaterThan(1);
    const unhinted = [...scripts].filter(
      (file) => !readFileSync(path.join(distDir, file), 'utf8').startsWith(`${compileHint}\n`),
    );
    expect(unhinted).toEqual([]);
  });
});
