import { describe, expect, it } from 'vitest';
import { attr, distDir, distFiles, elements, readDist, readPage } from '../support/dist';
import { internalAddresses, servedFile } from '../support/internalLinks';

describe('links inside each built page', () => {
  // A story's page with its live graphics in place, as the reader's browser has it.
  for (const file of distFiles('.html')) {
    it(`${file}: every #fragment link has its target in the page`, () => {
      const all = elements(readPage(file));
      const ids = new Set(all.map((e) => attr(e, 'id')).filter(Boolean));
      const broken = all
        .filter((e) => e.tagName === 'a' && attr(e, 'href')?.startsWith('#'))
        .map((e) => attr(e, 'href')!.slice(1))
        .filter((id) => !ids.has(id));
      expect([...new Set(broken)]).toEqual([]);
    });
  }

  for (const file of distFiles('.html')) {
    it(`${file}: every address on the site it links to or loads is a built file`, () => {
      const missing = internalAddresses(readDist(file)).filter((a) => !servedFile(distDir, '', a));
      expect(missing).toEqual([]);
    });
  }
});
