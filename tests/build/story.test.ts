import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/readContent';
import { projectRoot, realContent } from '../support/contentFixture';
import { attr, elements, readDist, textOf } from '../support/dist';

const { content } = readContent(realContent, projectRoot);
const story = content.stories.find((s) => s.slug === 'mediation')!;
const html = readDist('index.html');
const all = elements(html);
const pageText = textOf(all.find((e) => e.tagName === 'body')!);
const byId = (id: string) => all.find((e) => attr(e, 'id') === id);

/** The words of the story body as an editor wrote them, without front matter or component tags. */
function bodyWords(): string[] {
  const mdx = readFileSync(path.join(realContent, 'stories/mediation.mdx'), 'utf8');
  const body = mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/^#+\s/gm, '');
  return body.replace(/[’']/g, "'").split(/\s+/).filter(Boolean);
}

describe('the explainer page, as built (no JavaScript involved)', () => {
  it('carries the headline, dek, byline, dateline and machine-readable times', () => {
    const { frontmatter } = story;
    expect(all.find((e) => e.tagName === 'h1') && textOf(all.find((e) => e.tagName === 'h1')!)).toBe(
      frontmatter.title,
    );
    for (const text of [frontmatter.dek, frontmatter.byline, frontmatter.dateline])
      expect(pageText).toContain(text);
    const times = all.filter((e) => e.tagName === 'time').map((e) => attr(e, 'datetime'));
    expect(times).toContain(frontmatter.published);
    expect(times).toContain(frontmatter.updated);
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
    expect(paragraphs.length).toBeGreaterThan(5);
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

describe('structured data', () => {
  it('describes the story as a schema.org NewsArticle with its dates', () => {
    const ld = all.find((e) => e.tagName === 'script' && attr(e, 'type') === 'application/ld+json')!;
    const data = JSON.parse(textOf(ld)) as Record<string, unknown>;
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      headline: story.frontmatter.title,
      datePublished: story.frontmatter.published,
      dateModified: story.frontmatter.updated,
    });
    expect(data.correction).toBeUndefined();
  });
});
