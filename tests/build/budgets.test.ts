import { describe, expect, it } from 'vitest';
import { pageAssets, weigh } from '../../scripts/pageWeight';
import { charts } from '../../src/lib/embed/embedOptions';
import { distDir } from '../support/dist';
import { readContent } from '../../src/lib/content/readContent';
import { builtFile, routes } from '../../src/lib/site/routes';
import { projectRoot, realContent } from '../support/contentFixture';

const slugs = readContent(realContent, projectRoot).content.stories.map((s) => s.slug);

const KB = 1024;

describe('byte budgets (brotli), as SPEC.md sets them', () => {
  for (const slug of slugs) {
    it(`the explainer ${routes.story(slug)}: JavaScript ≤ 20 KB, everything ≤ 80 KB`, () => {
      const assets = pageAssets(distDir, builtFile(routes.story(slug)));
      const { byType, total } = weigh(assets);
      expect(assets.some((a) => a.type === 'js')).toBe(true);
      expect(byType.get('js')!.brotli).toBeLessThanOrEqual(20 * KB);
      expect(total.brotli).toBeLessThanOrEqual(80 * KB);
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

  it('follows module imports, so no script is left uncounted', () => {
    const files = pageAssets(distDir, builtFile(routes.story(slugs[0]!))).map((a) => a.file);
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(1);
  });
});
