import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/readContent';
import { builtFile } from '../../src/lib/site/routes';
import { projectRoot, realContent } from '../support/contentFixture';
import { attr, descendants, elements, readDist, readPage, textOf, type Element } from '../support/dist';

const { content } = readContent(realContent, projectRoot);
const html = readPage('mediation/index.html');
const all = elements(html);
/** The page as a browser with scripting off (or printing) has it: the steps' own figures included. */
const staticPage = elements(html, { scripting: false });
const within = descendants;
const hasClass = (e: Element, name: string) => (attr(e, 'class') ?? '').split(/\s+/).includes(name);
const keys = (root: Element, cls: string) =>
  within(root)
    .filter((e) => hasClass(e, cls))
    .map((e) => attr(e, 'data-key'));

describe('the actors diagram and the timeline in the built page', () => {
  const diagram = all.find((e) => e.tagName === 'actor-diagram')!;
  const timeline = all.find((e) => e.tagName === 'event-timeline')!;

  it('draws every actor and every relation as keyed SVG marks, in both layouts', () => {
    const svgs = within(diagram).filter((e) => hasClass(e, 'diagram-svg'));
    expect(svgs.map((s) => attr(s, 'data-variant'))).toEqual(['narrow', 'wide']);
    for (const svg of svgs) {
      expect(keys(svg, 'diagram-node')).toEqual(content.actors.map((a) => a.id));
      expect(keys(svg, 'diagram-edge')).toEqual(content.relations.map((r) => r.id));
    }
    const legend = within(diagram)
      .filter((e) => e.tagName === 'li' && attr(e, 'data-type'))
      .map((e) => attr(e, 'data-type'));
    expect(legend.sort()).toEqual([...new Set(content.relations.map((r) => r.type))].sort());
  });

  it('carries each actor’s details, with every relation and its source, for hover and focus', () => {
    for (const actor of content.actors) {
      const template = within(diagram).find(
        (e) => e.tagName === 'template' && attr(e, 'data-details') === actor.id,
      )!;
      const text = textOf(template);
      expect(text).toContain(actor.description);
      for (const r of content.relations.filter((x) => x.from === actor.id || x.to === actor.id))
        expect(text).toContain(r.label);
    }
  });

  it('lists every relation in words in the page', () => {
    const list = all.find((e) => attr(e, 'id') === 'relations')!;
    const text = textOf(list);
    for (const r of content.relations) expect(text).toContain(r.label);
  });

  it('places every event on the timeline, keyed, month-only events as bars', () => {
    for (const svg of within(timeline).filter((e) => hasClass(e, 'timeline-svg'))) {
      const events = within(svg).filter((e) => hasClass(e, 'timeline-event'));
      expect(events.map((e) => attr(e, 'data-key')).sort()).toEqual(content.events.map((e) => e.id).sort());
      const november = events.find((e) => attr(e, 'data-key') === 'november-pause')!;
      expect(attr(november, 'data-precision')).toBe('month');
      expect(within(november).some((e) => e.tagName === 'rect')).toBe(true);
    }
  });

  it('gives each step a static figure of the graphic it names, drawn in its state in every file', () => {
    const story = content.stories.find((s) => s.slug === 'mediation')!;
    for (const step of story.steps) {
      const section = staticPage.find((e) => attr(e, 'data-step') === step.id)!;
      const graphic = step.attributes.graphic ?? 'map';
      const figure = within(section).find((e) => e.tagName === 'figure')!;
      expect(attr(figure, 'data-graphic'), step.id).toBe(graphic);
      const files = within(figure).flatMap((e) =>
        e.tagName === 'img' ? [attr(e, 'src')!] : e.tagName === 'source' ? [attr(e, 'srcset')!] : [],
      );
      expect(files.length, step.id).toBe(2);
      for (const file of files) {
        const drawn = elements(readDist(builtFile(file)));
        const active = (cls: string) =>
          new Set(
            drawn
              .filter((e) => hasClass(e, cls) && attr(e, 'data-state') === 'active')
              .map((e) => attr(e, 'data-key')),
          );
        if (graphic === 'diagram')
          expect(active('diagram-edge'), file).toEqual(
            new Set((step.attributes.relations ?? '').split(' ').filter(Boolean)),
          );
        if (graphic === 'timeline')
          expect(active('timeline-event'), file).toEqual(new Set([step.attributes.event]));
        if (graphic === 'map')
          expect(
            drawn.find((e) => attr(e, 'data-view') !== undefined && e.tagName === 'g'),
            file,
          ).toSatisfy((g: Element) => attr(g, 'data-view') === step.attributes.map);
      }
    }
  });

  it('ships the steps’ figures inside <noscript>, so a page running scripts builds none of them', () => {
    const story = content.stories.find((s) => s.slug === 'mediation')!;
    for (const step of story.steps) {
      const section = all.find((e) => attr(e, 'data-step') === step.id)!;
      const holder = within(section).find((e) => hasClass(e, 'step-figure'))!;
      expect(
        within(holder).map((e) => e.tagName),
        step.id,
      ).toEqual(['noscript']);
      expect(textOf(holder), step.id).toMatch(/^\s*<figure /);
    }
  });

  it('links only to targets that exist in the page, with scripting on and off', () => {
    for (const page of [all, staticPage]) {
      // Template content is among the elements: links in a template point into the page.
      const ids = new Set(page.map((e) => attr(e, 'id')).filter(Boolean));
      const anchors = page.filter((e) => e.tagName === 'a' && attr(e, 'href')?.startsWith('#'));
      expect(anchors.length).toBeGreaterThan(20);
      for (const a of anchors) expect(ids.has(attr(a, 'href')!.slice(1)), attr(a, 'href')).toBe(true);
    }
    expect(staticPage.length).toBeGreaterThan(all.length);
  });
});
