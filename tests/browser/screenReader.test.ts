// What a screen reader gets from the graphics, read from Chromium's accessibility tree: each graphic
// named by its title, its description read once, only the map labels of the view on show, and the
// timeline's events as a list of whole sentences. Checked in the live sticky graphics, the static
// per-step figures (scripting off, print) and the embeds.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/readContent';
import { routes } from '../../src/lib/site/routes';
import { graphics } from '../../src/graphics/registry';
import { allNodes, axSubtrees, spoken, type AxNode } from '../support/axTree';
import { builtSteps, emulatePrint, openPage, readStep, useSite } from '../support/browserPage';
import { projectRoot, realContent } from '../support/contentFixture';
import { leadSlug, storyPath } from '../support/stories';

const env = useSite();
const { content } = readContent(realContent, projectRoot);
const viewport = { width: 1280, height: 860 };
const words = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * What the figure shows sighted readers: its caption's title and description, its labels and
 * events (none read from an image: its words are not in the page).
 */
function figureText(page: Page, figure: string) {
  return page.evaluate((selector) => {
    const el = document.querySelector(selector)!;
    const text = (e: Element | null) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
    // An image's words are not in the page: then nothing is read from the drawing.
    const svg: ParentNode =
      [...el.querySelectorAll('svg[data-variant]')].find((s) => s.getBoundingClientRect().width > 0) ??
      document.createDocumentFragment();
    const labels = (visible: boolean) =>
      [...svg.querySelectorAll('.map-labels text, .map-area-label, .map-offmap-label')]
        .filter((l) => (l.closest('[data-visible="false"]') === null) === visible)
        .map(text);
    return {
      graphic: el.getAttribute('data-graphic')!,
      title: text(el.querySelector('.graphic-title')),
      description: text(el.querySelector('.graphic-desc')),
      shownLabels: labels(true),
      hiddenLabels: labels(false),
      events: [...svg.querySelectorAll<SVGElement>('.timeline-event')].map((e) => ({
        key: e.dataset.key!,
        drawn: text(e.querySelector('.timeline-label')),
      })),
    };
  }, figure);
}

/**
 * Checks one figure (`figure`, a selector matching one element) as a screen reader meets it; its
 * drawing is an SVG per layout, or (`picture`) an image whose words are not in the page at all.
 */
async function expectReadOnce(page: Page, figure: string, { picture = false } = {}): Promise<void> {
  const seen = await figureText(page, figure);
  const where = `${figure} (${seen.graphic})`;
  const [tree] = await axSubtrees(page, figure);
  const graphicsRead = await axSubtrees(page, `${figure} ${picture ? 'picture img' : 'svg[data-variant]'}`);
  expect(tree, where).toBeDefined();
  // One layout on show, named by the title alone and described by the description.
  expect(
    graphicsRead.map((g) => [g.name, g.description]),
    where,
  ).toEqual([[seen.title, seen.description]]);
  // The description's words are in the tree once: as the caption's text, not again in a name.
  const carrying = allNodes(tree!).filter((n) => n.name.includes(seen.description));
  expect(
    carrying.map((n) => n.role),
    where,
  ).toEqual(['StaticText']);
  const inGraphic = allNodes(graphicsRead[0]!)
    .filter((n) => n.role === 'StaticText')
    .map((n) => words(n.name));
  if (picture) {
    expect(inGraphic, where).toEqual([]);
    if (seen.graphic === 'timeline') expectEventList(tree!, inGraphic, listedEvents(tree!), where);
    return;
  }
  if (seen.graphic === 'map') {
    // Only the labels of the view on show (a label hidden here may also be shown under another key).
    const unheard = seen.hiddenLabels.filter((l) => l && !seen.shownLabels.includes(l));
    expect(unheard.length, where).toBeGreaterThan(0);
    expect(
      inGraphic.filter((t) => unheard.includes(t)),
      where,
    ).toEqual([]);
  }
  if (seen.graphic === 'timeline') expectEventList(tree!, inGraphic, seen.events, where);
}

/** The events a timeline's list names, by their key, in its order, when the drawing's labels cannot be read. */
function listedEvents(tree: AxNode): Array<{ key: string; drawn: string }> {
  const items = allNodes(tree).filter((n) => n.role === 'listitem');
  return items.map((item) => {
    const read = spoken(item);
    const event = content.events.find((e) => read.endsWith(words(e.label)))!;
    return { key: event?.id ?? read, drawn: words(event?.label ?? '') };
  });
}

/** The timeline's events: a list, one item per event reading "date: label", and the SVG silent. */
function expectEventList(
  tree: AxNode,
  inGraphic: string[],
  events: Array<{ key: string; drawn: string }>,
  where: string,
): void {
  const lists = allNodes(tree).filter((n) => n.role === 'list');
  expect(lists, where).toHaveLength(1);
  const items = lists[0]!.children.filter((n) => n.role === 'listitem');
  expect(items, where).toHaveLength(events.length);
  expect(inGraphic, `${where}: the SVG is not read as a second copy`).toEqual([]);
  events.forEach((drawn, i) => {
    const event = content.events.find((e) => e.id === drawn.key)!;
    const read = spoken(items[i]!).replace(/^\d+\. /, '');
    expect(read, where).toMatch(new RegExp(`^[^:]+: ${RegExp.escape(words(event.label))}$`));
    // The drawn label's lines, read as text, keep a space between them too.
    expect(drawn.drawn, where).toContain(words(event.label));
  });
}

describe('the graphics for screen readers', () => {
  it('static figures (scripting off): named by their title, described once, nothing extra read', async () => {
    const { page, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport,
      javaScriptEnabled: false,
    });
    try {
      const ids = await page.$$eval('.step-figure figure', (all) => all.map((f) => f.closest('.step')!.id));
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) await expectReadOnce(page, `#${id} .step-figure figure`, { picture: true });
    } finally {
      await close();
    }
  });

  it('printed figures (built from the live graphics): named by their title, described once, nothing extra read', async () => {
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, { viewport });
    try {
      await emulatePrint(page);
      // Read on screen (a reading of the accessibility tree ends the print emulation), the figures
      // shown as in print.
      await page.emulateMedia({ media: 'screen' });
      await page.$$eval('.step-figure', (all) =>
        all.forEach((f) => ((f as HTMLElement).style.display = 'block')),
      );
      const ids = await page.$$eval('.step-figure figure', (all) => all.map((f) => f.closest('.step')!.id));
      expect(ids.length).toBe((await builtSteps(page)).length);
      for (const id of ids) await expectReadOnce(page, `#${id} .step-figure figure`);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('the live graphics, at each step: named by their title, described once, nothing extra read', async () => {
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, { viewport });
    try {
      for (const step of await builtSteps(page)) {
        await readStep(page, step.id);
        await expectReadOnce(page, `[data-graphic="${step.graphic}"][data-shown] figure`);
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const { id } of graphics)
    it(`the ${id} embed: named by its title, described once, nothing extra read`, async () => {
      const path = routes.embed(leadSlug, id);
      const { page, problems, close } = await openPage(env.browser(), env.site(), path, { viewport });
      try {
        await expectReadOnce(page, 'figure[data-graphic]');
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });
});
