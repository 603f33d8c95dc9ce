import { describe, expect, it } from 'vitest';
import { pageAssets, weigh } from '../../scripts/pageWeight';
import { charts } from '../../src/lib/embed/embedOptions';
import { distDir } from '../support/dist';

const KB = 1024;

describe('byte budgets (brotli), as SPEC.md sets them', () => {
  it('the explainer: JavaScript ≤ 20 KB, everything ≤ 80 KB', () => {
    const assets = pageAssets(distDir, 'index.html');
    const { byType, total } = weigh(assets);
    expect(assets.some((a) => a.type === 'js')).toBe(true);
    expect(byType.get('js')!.brotli).toBeLessThanOrEqual(20 * KB);
    expect(total.brotli).toBeLessThanOrEqual(80 * KB);
  });

  for (const chart of charts) {
    it(`/embed/${chart}/: everything ≤ 40 KB`, () => {
      const assets = pageAssets(distDir, `embed/${chart}/index.html`);
      expect(assets.some((a) => a.type === 'js')).toBe(true);
      expect(weigh(assets).total.brotli).toBeLessThanOrEqual(40 * KB);
    });
  }

  it('follows module imports, so no script is left uncounted', () => {
    const files = pageAssets(distDir, 'index.html').map((a) => a.file);
    expect(files.filter((f) => f.endsWith('.js')).length).toBeGreaterThan(1);
  });
});
