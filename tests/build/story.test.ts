import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/readContent';
import { projectRoot, realContent } from '../support/contentFixture';
import { attr, descendants, elements, readDist, textOf } from '../support/dist';
import { routes } from '../../src/lib/site/routes';

const { content } = readContent(realContent, projectRoot);

describe('the story index, as built', () => {
  const all = elements(readDist('index.html'));
  it('lists every story, newest first, linked to its own page with its dek and dates', () => {
    const cards = all.filter((e) => attr(e, 'class') === 'story-card');
    const newestFirst = [...content.stories].sort((a, b) =>
      b.frontmatter.published.localeCompare(a.frontmatter.published),
    );
    expect(cards).toHaveLength(content.stories.length);
    cards.forEach((card, i) => {
      const story = newestFirst[i]!;
      const link = descendants(card).find((e) => e.tagName === 'a')!;
      expect(attr(link, 'href')).toBe(routes.story(story.slug));
      expect(textOf(link)).toBe(story.frontmatter.title);
      expect(textOf(card)).toContain(story.frontmatter.dek);
      expect(descendants(card).find((e) => e.tagName === 'time')!.attrs).toContainEqual({
        name: 'datetime',
        value: story.frontmatter.published,
      });
      expect(textOf(card)).toContain(`${story.steps.length} steps`);
    });
  });
});

for (const story of content.stories) {
  const all = elements(readDist(`${story.slug}/index.html`));
  const pageText = textOf(all.find((e) => e.tagName === 'body')!);
  const byId = (id: string) => all.find((e) => attr(e, 'id') === id);

  /** The words of the story body as an editor wrote them, without front matter or component tags. */
  function bodyWords(): string[] {
    const mdx = readFileSync(path.join(projectRoot, story.file), 'utf8');
    const body = mdx
      .replace(/^---[\s\S]*?---/, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/^#+\s/gm, '');
    return body.replace(/[’']/g, "'").split(/\s+/).filter(Boolean);
  }

  describe(`the explainer ${routes.story(story.slug)}, as built (no JavaScript involved)`, () => {
    it('carries the headline, dek, byline, dateline and machine-readable times', () => {
      const { frontmatter } = story;
      expect(all.find((e) => e.tagName === 'h1') && textOf(all.find((e) => e.tagName === 'h1')!)).toBe(
        frontmatter.title,
      );
      for (const text of [frontmatter.dek, frontmatter.byline, frontmatter.dateline])
        expect(pageText).toContain(text);
      const times = all.filter((e) => e.tagName === 'time').map((e) => attr(e, 'datetime'));
      expect(times).toContain(frontmatter.published);
      if (frontmatter.updated) expect(times).toContain(frontmatter.updated);
    });

    it('has every word of the story body, in order', () => {
      const normalised = pageText.replace(/[’']/g, "'");
      let cursor = 0;
      for (const word of bodyWords()) {
        const found = normalised.indexOf(word, cursor);
        expect(found, `"${word}" after position ${cursor}`).toBeGreaterThanOrEqual(0);
        cursor = found + word.length;
      }
    });

    it('links every citation mark to its entry in the source list, numbered in list order', () => {
      const marks = all.filter((e) => e.tagName === 'a' && attr(e, 'data-source'));
      expect(marks.length).toBe(story.cites.length);
      for (const mark of marks) {
        const id = attr(mark, 'data-source')!;
        expect(attr(mark, 'href')).toBe(`#source-${id}`);
        expect(byId(`source-${id}`), `target of ${id}`).toBeDefined();
        expect(textOf(mark)).toBe(String(story.frontmatter.sources.indexOf(id) + 1));
      }
    });

    it('ends each paragraph of the story with a citation', () => {
      const stepTexts = new Set(all.filter((e) => attr(e, 'class')?.split(' ').includes('step-text')));
      const paragraphs = all.filter((e) => e.tagName === 'p' && stepTexts.has(e.parentNode as never));
      expect(paragraphs.length).toBeGreaterThanOrEqual(story.steps.length);
      for (const p of paragraphs) {
        const last = p.childNodes
          .filter((n) => !(n.nodeName === '#text' && 'value' in n && !n.value.trim()))
          .at(-1);
        expect(last && 'tagName' in last ? attr(last, 'class') : undefined, textOf(p).slice(0, 60)).toContain(
          'cite',
        );
      }
    });

    it("lists every actor in the who's who and every cited source in the sources", () => {
      const whosWho = textOf(byId('whos-who')!);
      for (const actor of content.actors) expect(whosWho).toContain(actor.name);
      const sources = textOf(byId('sources')!);
      for (const id of story.frontmatter.sources) {
        const source = content.sources.find((s) => s.id === id)!;
        expect(sources).toContain(source.outlet);
        expect(sources).toContain(source.title);
      }
    });

    it('shows the corrections box', () => {
      expect(textOf(byId('corrections-title')!)).toBe('Corrections');
    });
  });

  describe(`structured data of ${routes.story(story.slug)}`, () => {
    it('describes the story as a schema.org NewsArticle with its dates', () => {
      const ld = all.find((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json')!;
      const data = JSON.parse(textOf(ld)) as Record<string, unknown>;
      expect(data).toMatchObject({
        '@type': 'NewsArticle',
        headline: story.frontmatter.title,
        datePublished: story.frontmatter.published,
        dateModified: story.frontmatter.updated ?? story.frontmatter.published,
        mainEntityOfPage: new URL(routes.story(story.slug), 'http://localhost:4321').href,
      });
      expect(data.correction).toBeUndefined();
    });
  });
}
