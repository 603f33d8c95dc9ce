import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { shareCard, type DownloadText } from '../../scripts/buildDownloads';
import { embedCode } from '../../src/lib/embed/embedCode';
import { charts } from '../../src/lib/embed/embedOptions';
import { graphicInfo } from '../../src/graphics/registry';
import { readContent } from '../../src/lib/content/readContent';
import { builtFile, routes } from '../../src/lib/site/routes';
import { projectRoot, realContent } from '../support/contentFixture';
import { attr, descendants, distDir, elements, readDist, textOf } from '../support/dist';

const { content } = readContent(realContent, projectRoot);
const slugs = content.stories.map((s) => s.slug);
const pngSize = (file: string) => {
  const b = readFileSync(path.join(distDir, file));
  expect(b.subarray(1, 4).toString()).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
};

describe('embed pages', () => {
  it('there is a second story, so every test below covers more than one', () => {
    expect(slugs.length).toBeGreaterThan(1);
  });

  for (const slug of slugs)
    for (const chart of charts) {
      it(`${routes.embed(slug, chart)}: the chart alone, titled, credited, linked to and canonical to its story`, () => {
        const all = elements(readDist(builtFile(routes.embed(slug, chart))));
        const meta = (name: string) =>
          attr(
            all.find(
              (e) => e.tagName === 'meta' && (attr(e, 'name') === name || attr(e, 'property') === name),
            )!,
            'content',
          );
        // Canonical to the story, which search engines index in its place.
        expect(all.some((e) => e.tagName === 'meta' && attr(e, 'name') === 'robots')).toBe(false);
        const link = (rel: string) => all.find((e) => e.tagName === 'link' && attr(e, 'rel') === rel);
        expect(new URL(attr(link('canonical')!, 'href')!).pathname).toBe(routes.story(slug));
        expect(new URL(attr(link('alternate')!, 'href')!).pathname).toBe(routes.oembed(slug, chart));
        expect(new URL(meta('og:image')!).pathname).toBe(routes.download(slug, chart, 'share'));
        expect(meta('og:image:alt')).toBeTruthy();
        // No page chrome: no story header, no article, no skip link.
        expect(
          all.some(
            (e) => e.tagName === 'article' || e.tagName === 'header' || attr(e, 'class') === 'skip-link',
          ),
        ).toBe(false);
        expect(all.filter((e) => e.tagName === graphicInfo(chart).tag)).toHaveLength(1);
        const credit = all.find((e) => attr(e, 'class') === 'embed-credit')!;
        expect(textOf(credit)).toMatch(/Graphic: the graphics desk/);
        expect(
          descendants(credit).some(
            (e) => e.tagName === 'a' && new URL(attr(e, 'href')!).pathname === routes.story(slug),
          ),
        ).toBe(true);
        // The embed knows its own story's steps, and only those.
        const steps = JSON.parse(
          textOf(all.find((e) => e.tagName === 'script' && attr(e, 'data-steps') !== undefined)!),
        ) as { attributes: { id: string } }[];
        expect(steps.map((s) => s.attributes.id)).toEqual(
          content.stories.find((s) => s.slug === slug)!.steps.map((s) => s.id),
        );
      });
    }

  for (const chart of charts) {
    it(`the first story's old address /embed/${chart}/ sends the frame on to its new one`, () => {
      const all = elements(readDist(`embed/${chart}/index.html`));
      const refresh = all.find((e) => e.tagName === 'meta' && attr(e, 'http-equiv') === 'refresh')!;
      const first = [...content.stories].sort((a, b) =>
        a.frontmatter.published.localeCompare(b.frontmatter.published),
      )[0]!;
      expect(attr(refresh, 'content')).toBe(`0;url=${routes.embed(first.slug, chart)}`);
    });
  }

  it("the embed page offers every story's charts with a preview, its code, downloads and the story's steps", () => {
    const all = elements(readDist('embed/index.html'));
    for (const story of content.stories) {
      const section = all.find((e) => e.tagName === 'section' && attr(e, 'id') === story.slug)!;
      for (const chart of charts) {
        const card = descendants(section).find((e) => attr(e, 'data-chart') === chart)!;
        const inside = descendants(card);
        expect(
          attr(
            inside.find((e) => e.tagName === 'iframe')!,
            'src',
          ),
        ).toBe(routes.embed(story.slug, chart));
        const code = textOf(inside.find((e) => e.tagName === 'textarea')!);
        expect(code).toContain(routes.embed(story.slug, chart));
        expect(code).toContain('/embed.js');
        expect(
          inside
            .filter((e) => e.tagName === 'a' && attr(e, 'download') !== undefined)
            .map((e) => attr(e, 'href')),
        ).toEqual([
          routes.download(story.slug, chart, 'svg'),
          routes.download(story.slug, chart, 'png'),
          routes.download(story.slug, chart, 'share'),
        ]);
      }
      const text = textOf(section);
      for (const step of story.steps) expect(text).toContain(step.id);
    }
  });
});

describe('oEmbed and downloads', () => {
  for (const slug of slugs)
    for (const chart of charts) {
      it(`${slug} ${chart}: oEmbed JSON of type rich, an SVG and PNGs of the right size`, () => {
        const oembed = JSON.parse(readDist(builtFile(routes.oembed(slug, chart)))) as Record<string, unknown>;
        expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
        expect(String(oembed.html)).toContain(routes.embed(slug, chart));
        expect(new URL(String(oembed.thumbnail_url)).pathname).toBe(routes.download(slug, chart, 'share'));
        const svg = readDist(builtFile(routes.download(slug, chart, 'svg')));
        expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!.map(Number);
        expect(svg).toContain('<style>');
        expect(svg).not.toMatch(/var\(--/);
        // The download is the built chart: the same keyed marks.
        const keyCount = (svg.match(/data-key="/g) ?? []).length;
        expect(keyCount).toBeGreaterThan(5);
        expect(pngSize(builtFile(routes.download(slug, chart, 'png')))).toEqual({
          width: w! * 2,
          height: Math.round(h! * 2),
        });
        expect(pngSize(builtFile(routes.download(slug, chart, 'share')))).toEqual({
          width: 1200,
          height: 630,
        });
      });
    }

  for (const slug of slugs) {
    it(`${routes.story(slug)} has its own share card`, () => {
      const all = elements(readDist(builtFile(routes.story(slug))));
      const image = attr(
        all.find((e) => attr(e, 'property') === 'og:image')!,
        'content',
      )!;
      expect(new URL(image).pathname).toBe(routes.download(slug, 'map', 'share'));
      // Its alt text names what the card shows: the story's title and its map, as the map's embed describes it.
      const alt = (list: typeof all) =>
        attr(
          list.find((e) => attr(e, 'property') === 'og:image:alt')!,
          'content',
        )!;
      const story = content.stories.find((s) => s.slug === slug)!;
      const embedAlt = alt(elements(readDist(builtFile(routes.embed(slug, 'map')))));
      expect(alt(all)).toBe(`${story.frontmatter.title}. ${embedAlt}`);
    });
  }
});

/** What each consumer of a chart's text says its title is, for one story's chart. */
function titlesOf(slug: string, chart: (typeof charts)[number]) {
  const embed = elements(readDist(builtFile(routes.embed(slug, chart))));
  const oembed = JSON.parse(readDist(builtFile(routes.oembed(slug, chart)))) as {
    title: string;
    html: string;
  };
  const index = elements(readDist('embed/index.html'));
  const card = descendants(index.find((e) => e.tagName === 'section' && attr(e, 'id') === slug)!).find(
    (e) => attr(e, 'data-chart') === chart,
  )!;
  const svg = readDist(builtFile(routes.download(slug, chart, 'svg')));
  return {
    heading: textOf(embed.find((e) => e.tagName === 'h1')!),
    page: textOf(embed.find((e) => e.tagName === 'title')!),
    oembed: oembed.title,
    oembedIframe: /<iframe [^>]*title="([^"]*)"/.exec(oembed.html)![1]!,
    index: textOf(descendants(card).find((e) => e.tagName === 'h3')!),
    indexIframe: attr(
      descendants(card).find((e) => e.tagName === 'iframe')!,
      'title',
    )!,
    svg: /<title[^>]*>([^<]*)<\/title>/.exec(svg)![1]!,
  };
}

describe("each story's chart text", () => {
  for (const slug of slugs)
    for (const chart of charts) {
      it(`${slug} ${chart}: one title in the embed, oEmbed, /embed/ and the SVG download`, () => {
        const titles = Object.values(titlesOf(slug, chart));
        expect(new Set(titles).size, JSON.stringify(titles)).toBe(1);
      });
    }

  it("the map is titled after the view its story opens on, so two stories' maps differ", () => {
    for (const story of content.stories) {
      const opening = content.views.find((v) => v.id === story.steps[0]!.attributes.map)!;
      const written = story.frontmatter.charts?.map?.title;
      const title = titlesOf(story.slug, 'map').heading;
      if (written) expect(title).toBe(written);
      else expect(title).toContain(opening.title);
    }
    const maps = slugs.map((slug) => titlesOf(slug, 'map').heading);
    expect(new Set(maps).size).toBe(slugs.length);
  });
});

describe('the code to copy and the credit line', () => {
  it("each textarea's value is exactly the embed code: no stray whitespace", () => {
    const all = elements(readDist('embed/index.html'));
    for (const slug of slugs)
      for (const chart of charts) {
        const card = descendants(all.find((e) => attr(e, 'id') === slug)!).find(
          (e) => attr(e, 'data-chart') === chart,
        )!;
        const inside = descendants(card);
        const code = textOf(inside.find((e) => e.tagName === 'textarea')!);
        const site = new URL(/src="([^"]+)"/.exec(code)![1]!).origin;
        const title = textOf(inside.find((e) => e.tagName === 'h3')!);
        expect(code).toBe(embedCode(`${site}/`, slug, chart, title));
      }
  });

  for (const chart of charts)
    it(`${chart}: the credit line ends its sentences before the link, with a space`, () => {
      for (const slug of slugs) {
        const all = elements(readDist(builtFile(routes.embed(slug, chart))));
        const credit = all.filter((e) => attr(e, 'class') === 'embed-credit').at(-1)!;
        const text = textOf(credit).replace(/\s+/g, ' ').trim();
        expect(text).toMatch(/\. Read the explainer: /);
        // No sentence runs into the next: every full stop before a capital is followed by a space.
        expect(text).not.toMatch(/[a-z]\.[A-Z]/);
      }
    });
});

describe('light unless asked', () => {
  for (const chart of charts)
    it(`${chart}: the embed is served light, before any script runs`, () => {
      for (const slug of slugs) {
        const html = elements(readDist(builtFile(routes.embed(slug, chart)))).find(
          (e) => e.tagName === 'html',
        )!;
        expect(attr(html, 'data-theme')).toBe('light');
      }
    });
});

describe('oEmbed discovery', () => {
  const discovered = (file: string) =>
    elements(readDist(file))
      .filter((e) => e.tagName === 'link' && attr(e, 'type') === 'application/json+oembed')
      .map((e) => new URL(attr(e, 'href')!).pathname);

  for (const slug of slugs)
    it(`${routes.story(slug)} announces its map's oEmbed, which exists`, () => {
      expect(discovered(builtFile(routes.story(slug)))).toEqual([routes.oembed(slug, 'map')]);
      expect(() => readDist(builtFile(routes.oembed(slug, 'map')))).not.toThrow();
    });

  it("/embed/ announces every story's map", () => {
    expect(discovered(builtFile(routes.embeds())).sort()).toEqual(
      slugs.map((s) => routes.oembed(s, 'map')).sort(),
    );
  });
});

describe('publication-ready downloads', () => {
  /** The words of an SVG's <text> elements, in order, as one line. */
  const words = (svg: string) =>
    [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)]
      .map((m) =>
        m[1]!
          .replace(/&amp;/g, '&')
          .replace(/&lt;/g, '<')
          .replace(/&quot;/g, '"'),
      )
      .join(' ')
      .replace(/\s+/g, ' ');
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

  for (const story of content.stories)
    for (const chart of charts) {
      it(`${story.slug} ${chart}: the SVG carries the title, description, credit and "as of" date of its embed`, () => {
        const embed = elements(readDist(builtFile(routes.embed(story.slug, chart))));
        const svg = readDist(builtFile(routes.download(story.slug, chart, 'svg')));
        const text = words(svg);
        expect(text).toContain(textOf(embed.find((e) => e.tagName === 'h1')!));
        expect(text).toContain(
          attr(
            embed.find((e) => attr(e, 'name') === 'description')!,
            'content',
          ),
        );
        // The embed's credit line up to its link: the sources, the credit and the "as of" date.
        const credit = squash(textOf(embed.filter((e) => attr(e, 'class') === 'embed-credit').at(-1)!));
        const beforeLink = credit.slice(0, credit.indexOf(' Read the explainer'));
        expect(text).toContain(beforeLink);
        // The date is the story's last update, else its publication.
        const asOf = new Date(story.frontmatter.updated ?? story.frontmatter.published);
        expect(beforeLink).toMatch(new RegExp(`As of ${asOf.getUTCDate()} \\w+ ${asOf.getUTCFullYear()}`));
        // A legend the embed shows (the diagram's line styles) is in the download too.
        const legend = embed.filter((e) => e.tagName === 'ul' && attr(e, 'class') === 'diagram-legend');
        for (const item of legend.flatMap((l) => descendants(l).filter((e) => e.tagName === 'li')))
          expect(text).toContain(squash(textOf(item)));
        if (chart === 'diagram') expect(legend.length).toBe(1);
      });
    }

  it("share cards carry the story's title and the date", () => {
    for (const story of content.stories) {
      const html = readDist(builtFile(routes.embed(story.slug, 'map')));
      const data = JSON.parse(/data-download>([^<]*)</.exec(html)![1]!) as DownloadText;
      const card = words(shareCard(data, '<svg viewBox="0 0 10 10"></svg>', 10, 10));
      expect(card).toContain(story.frontmatter.title);
      expect(card).toContain(data.asOf);
    }
  });
});
