import { describe, expect, it } from 'vitest';
import { attr, distFiles, elements, readDist } from '../support/dist';

describe('links inside each built page', () => {
  for (const file of distFiles('.html')) {
    it(`${file}: every #fragment link has its target in the page`, () => {
      const all = elements(readDist(file));
      const ids = new Set(all.map((e) => attr(e, 'id')).filter(Boolean));
      const broken = all
        .filter((e) => e.tagName === 'a' && attr(e, 'href')?.startsWith('#'))
        .map((e) => attr(e, 'href')!.slice(1))
        .filter((id) => !ids.has(id));
      expect([...new Set(broken)]).toEqual([]);
    });
  }
});
