// The RSS feed and the sitemap: well-formed XML (parsed with validation), every story listed, and
// every page's head pointing at the feed.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/readContent';
import { builtFile, routes } from '../../src/lib/site/routes';
import { projectRoot, realContent } from '../support/contentFixture';
import { attr, distFiles, elements, readDist } from '../support/dist';

const { content } = readContent(realContent, projectRoot);
const parse = (file: string) => {
  const xml = readDist(file);
  expect(XMLValidator.validate(xml), file).toBe(true);
  return new XMLParser({ ignoreAttributes: false }).parse(xml) as Record<string, unknown>;
};
const list = <T>(value: T | T[]) => (Array.isArray(value) ? value : [value]);
const pathOf = (url: string) => new URL(url).pathname;

describe('the RSS feed', () => {
  const feed = () => parse(builtFile(routes.feed())) as { rss: { channel: { item: unknown } } };
  type Item = { title: string; link: string; description: string; pubDate: string };

  it('is valid RSS 2.0 listing every story with its title, dek, address and publication time', () => {
    const items = list(feed().rss.channel.item as Item | Item[]);
    expect(items).toHaveLength(content.stories.length);
    for (const story of content.stories) {
      const item = items.find((i) => pathOf(i.link) === routes.story(story.slug))!;
      expect(item, story.slug).toBeDefined();
      expect(item.title).toBe(story.frontmatter.title);
      expect(item.description).toContain(story.frontmatter.dek);
      expect(Date.parse(item.pubDate)).toBe(Date.parse(story.frontmatter.published));
      for (const c of story.frontmatter.corrections) expect(item.description).toContain(c.text);
    }
  });

  it("is linked from every page's head", () => {
    const pages = distFiles('.html').filter((f) => !/^embed\/[^/]+\//.test(f) && f !== '404.html');
    expect(pages.length).toBeGreaterThan(content.stories.length);
    for (const file of pages) {
      const link = elements(readDist(file)).find(
        (e) =>
          e.tagName === 'link' && attr(e, 'rel') === 'alternate' && attr(e, 'type') === 'application/rss+xml',
      );
      expect(link && attr(link, 'href'), file).toBe(routes.feed());
    }
  });
});

describe('the sitemap', () => {
  it('is valid XML listing the front page, /embed/ and every story, and no embed of a single chart', () => {
    const index = parse(builtFile(routes.sitemap())) as { sitemapindex: { sitemap: { loc: string } } };
    const urls = list(index.sitemapindex.sitemap).flatMap((s) => {
      const set = parse(pathOf(s.loc).replace(/^\/+/, '')) as { urlset: { url: { loc: string } } };
      return list(set.urlset.url).map((u) => pathOf(u.loc));
    });
    expect(urls).toEqual(expect.arrayContaining([routes.home(), routes.embeds()]));
    for (const story of content.stories) expect(urls).toContain(routes.story(story.slug));
    expect(urls.filter((u) => u.startsWith(routes.embeds()) && u !== routes.embeds())).toEqual([]);
  });
});
