import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../../src/lib/site/siteUrl';

describe('siteUrl', () => {
  it('uses SITE_URL when set, with nothing to say', () => {
    expect(siteUrl({ SITE_URL: 'https://graphics.example.org' })).toEqual({
      site: 'https://graphics.example.org',
    });
  });

  it('without SITE_URL (or with a blank one), names the local address it falls back to and how to set it', () => {
    for (const env of [{}, { SITE_URL: '' }, { SITE_URL: '  ' }]) {
      const { site, notice } = siteUrl(env);
      expect(new URL(site).hostname).toBe('localhost');
      expect(notice).toContain(site);
      expect(notice).toMatch(/SITE_URL=https:\/\/\S+ npm run build/);
    }
  });
});
