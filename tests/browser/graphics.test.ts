import type { Page } from 'playwright-core';
import { leadSlug, storyPath } from '../support/stories';
import { routes } from '../../src/lib/site/routes';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/readContent';
import { formatViolations, runAxe } from '../support/axe';
import {
  atRest,
  builtSteps,
  openPage,
  readStep,
  scrollToStep,
  settled,
  useSite,
  type BuiltStep,
} from '../support/browserPage';
import { projectRoot, realContent } from '../support/contentFixture';

const { content } = readContent(realContent, projectRoot);
const steps = content.stories.find((s) => s.slug === 'mediation')!.steps;
const diagramStep = steps.find((s) => s.attributes.graphic === 'diagram')!;
const timelineStep = steps.find((s) => s.attributes.graphic === 'timeline')!;
const env = useSite();

/**
 * Which graphics a reader can see and reach: opaque and not inert. Every other one must be both
 * transparent and inert (out of the tab order, the pointer's way and the accessibility tree);
 * one that is only half hidden is reported under `halfHidden`.
 */
const visibleGraphic = (page: Page) =>
  page.evaluate(() => {
    const children = [...document.querySelectorAll<HTMLElement>('.sticky-graphics > [data-graphic]')];
    const opaque = (c: HTMLElement) => getComputedStyle(c).opacity !== '0';
    const name = (c: HTMLElement) => c.tagName.toLowerCase();
    return {
      graphic: children.find((c) => c.hasAttribute('data-shown'))?.dataset.graphic,
      shown: children.filter((c) => opaque(c) && !c.inert).map(name),
      halfHidden: children.filter((c) => opaque(c) !== !c.inert).map(name),
    };
  });

const elementOf = { map: 'locator-map', diagram: 'actor-diagram', timeline: 'event-timeline' } as const;

/**
 * Scrolls to a step and waits until the story reads it and has drawn it (settled); by then its
 * graphic is on show and every other one hidden. Returns the graphic's element name.
 */
async function readToGraphic(page: Page, step: BuiltStep): Promise<string> {
  await readStep(page, step.id);
  expect(await visibleGraphic(page), step.id).toEqual({
    graphic: step.graphic,
    shown: [elementOf[step.graphic]],
    halfHidden: [],
  });
  return elementOf[step.graphic];
}

const activeKeys = (page: Page, selector: string) =>
  page.evaluate(
    (sel) =>
      [...document.querySelectorAll<SVGElement>(`.sticky-graphics ${sel}[data-state="active"]`)].map(
        (e) => e.dataset.key,
      ),
    selector,
  );

describe('the sticky graphics switch with the story', () => {
  it('shows the graphic each step names, in the state it declares', async () => {
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
      reducedMotion: 'reduce',
    });
    try {
      const built = await builtSteps(page);
      expect(built.map((b) => b.id)).toEqual(steps.map((s) => s.id));
      for (const step of built) {
        // Settled: the graphic on show has drawn the step, and the hidden ones have caught up at idle time.
        const element = await readToGraphic(page, step);
        expect(new Set(await activeKeys(page, 'svg.diagram-svg--wide .diagram-edge')), step.id).toEqual(
          new Set(step.state.relations),
        );
        expect(await activeKeys(page, 'svg.timeline-svg--wide .timeline-event'), step.id).toEqual(
          step.state.event ? [step.state.event] : [],
        );
        // The graphic on show is captioned for this step (the map by its view, the others by the
        // words the step carries for them).
        const caption = await page.evaluate((el) => {
          const figure = document.querySelector(`.sticky-graphics ${el} figure`) as HTMLElement;
          return {
            view: figure.dataset.view,
            words: figure.querySelector('[data-role="description"]')!.textContent,
          };
        }, element);
        if (step.graphic === 'map') expect(caption.view, step.id).toBe(step.view);
        else expect(caption.words, step.id).toBe(step.descriptions[step.graphic]);
      }
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('announces each new description from a graphic screen readers can reach, never an inert one', async () => {
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
    });
    try {
      // Every change to a live description, with whether it sat inside an inert graphic just then.
      await page.evaluate(() => {
        const log: { shown: boolean; inert: boolean }[] = [];
        (window as unknown as { __live: typeof log }).__live = log;
        const live = document.querySelectorAll('.sticky-graphics [aria-live][data-role="description"]');
        const observer = new MutationObserver((records) => {
          for (const record of records) {
            const target = (
              record.target.nodeType === 1 ? record.target : record.target.parentElement
            ) as Element;
            const graphic = target.closest<HTMLElement>('.sticky-graphics > [data-graphic]')!;
            log.push({
              shown: graphic.hasAttribute('data-shown'),
              inert: graphic.closest('[inert]') !== null,
            });
          }
        });
        live.forEach((el) => observer.observe(el, { childList: true, characterData: true, subtree: true }));
      });
      // Each step is read until its graphic is on show and settled. (Waiting only for no graphic
      // to be half hidden passed at once, before the step had even switched: in a clean-clone CI
      // run the walk outran the story and ended before any description was written.)
      for (const step of await builtSteps(page)) await readToGraphic(page, step);
      const read = () =>
        page.evaluate(() => (window as unknown as { __live: { shown: boolean; inert: boolean }[] }).__live);
      // Descriptions on show did change as the story went on, and never inside an inert graphic.
      await expect.poll(async () => (await read()).filter((entry) => entry.shown).length).toBeGreaterThan(0);
      const log = await read();
      const onShow = log.filter((entry) => entry.shown);
      expect(onShow.filter((entry) => entry.inert)).toEqual([]);
      // A graphic off show keeps its words until a step brings it back: rewriting them there would
      // relay out the page at idle time for a caption nobody sees or hears.
      expect(log.filter((entry) => !entry.shown)).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('writes a graphic off show only at idle time, and only once it is inert', async () => {
    // A graphic leaving show is made inert (restyling every mark in it) at idle time, then takes
    // the step's state there: written while not yet inert its marks would fade unseen, and written
    // in a frame it would add its work to one scrolling needs.
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
    });
    try {
      await settled(page);
      await page.evaluate(() => {
        type Entry = { graphic: string; what: string; when: string };
        const log: Entry[] = [];
        (window as unknown as { __writes: Entry[] }).__writes = log;
        const take = (records: MutationRecord[], when: string) => {
          for (const r of records) {
            const el = r.target as Element;
            const graphic = el.closest<HTMLElement>('.sticky-graphics > [data-graphic]')!;
            const own = el === graphic && (r.attributeName === 'inert' || r.attributeName === 'data-shown');
            const what = own ? `${r.attributeName}=${el.hasAttribute(r.attributeName!)}` : 'write';
            // An attribute set and removed in one callback leaves two records: keep their order.
            const value = own ? (r.oldValue === null ? 'true' : 'false') : '';
            log.push({
              graphic: graphic.dataset.graphic!,
              what: own ? `${r.attributeName}=${value}` : what,
              when,
            });
          }
        };
        const observer = new MutationObserver((records) => take(records, 'task'));
        for (const g of document.querySelectorAll('.sticky-graphics > [data-graphic]'))
          observer.observe(g, { attributes: true, attributeOldValue: true, subtree: true });
        // Each frame and idle callback takes the records of its own writes, so each is labelled
        // with the kind of callback that made it.
        for (const [name, when] of [
          ['requestAnimationFrame', 'frame'],
          ['requestIdleCallback', 'idle'],
        ] as const) {
          const original = window[name].bind(window) as (
            cb: (...a: unknown[]) => void,
            o?: unknown,
          ) => number;
          (window as unknown as Record<string, unknown>)[name] = (
            cb: (...a: unknown[]) => void,
            o?: unknown,
          ) =>
            original((...args) => {
              take(observer.takeRecords(), 'task');
              try {
                cb(...args);
              } finally {
                take(observer.takeRecords(), when);
              }
            }, o);
        }
        for (const g of document.querySelectorAll<HTMLElement>('.sticky-graphics > [data-graphic]'))
          log.push({
            graphic: g.dataset.graphic!,
            what: `start shown=${g.hasAttribute('data-shown')} inert=${g.inert}`,
            when: '',
          });
      });
      for (const step of await builtSteps(page)) await readStep(page, step.id);
      const log = await page.evaluate(
        () => (window as unknown as { __writes: { graphic: string; what: string; when: string }[] }).__writes,
      );
      // Replayed in order: each graphic's show and inert state, and every write while off show.
      const states = new Map<string, { shown: boolean; inert: boolean }>();
      const wrong: string[] = [];
      let writesOffShow = 0;
      for (const { graphic, what, when } of log) {
        const start = /^start shown=(\w+) inert=(\w+)$/.exec(what);
        if (start) states.set(graphic, { shown: start[1] === 'true', inert: start[2] === 'true' });
        const state = states.get(graphic)!;
        if (what.startsWith('data-shown=')) state.shown = what.endsWith('true');
        if (what.startsWith('inert=')) state.inert = what.endsWith('true');
        if (what !== 'write' || state.shown) continue;
        writesOffShow++;
        if (!state.inert || when !== 'idle') wrong.push(`${graphic}: inert=${state.inert}, in a ${when}`);
      }
      // The walk did update graphics off show (else this test could not fail).
      expect(writesOffShow).toBeGreaterThan(0);
      expect([...new Set(wrong)]).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('runs no fade nobody can see: in a flight’s pictures, a flying map’s hidden marks, or a graphic off show', async () => {
    // Each CSS transition runs on the main thread, restyling (and for SVG repainting) its element
    // in every frame of it: one the reader cannot see is work for nothing, in frames scrolling needs.
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
    });
    try {
      const moving = ['rafah', 'us-assurances', 'qatar-role', 'qatar-strain'];
      await readStep(page, 'cairo');
      await atRest(page);
      await page.evaluate(() => {
        const seen = new Set<string>();
        (window as unknown as { __unseen: Set<string> }).__unseen = seen;
        const sample = () => {
          for (const a of document.getAnimations()) {
            if (!(a instanceof CSSTransition)) continue;
            const el = (a.effect as KeyframeEffect).target as Element;
            const onShow =
              el.closest('.sticky-graphics > [data-graphic]')?.hasAttribute('data-shown') === true;
            const group = el.parentElement?.closest(
              '.map-svg[data-moving="true"] :is(.map-places, .map-labels, .map-area-labels, .map-offmap, .map-scale)',
            );
            const where = el.closest('.map-picture')
              ? 'picture'
              : group
                ? 'flying map'
                : onShow
                  ? ''
                  : 'off show';
            if (where)
              seen.add(`${where}: ${el.tagName}.${el.getAttribute('class')} ${a.transitionProperty}`);
          }
          requestAnimationFrame(sample);
        };
        requestAnimationFrame(sample);
      });
      for (const id of moving) {
        expect(steps.some((s) => s.id === id)).toBe(true);
        // Each step read to its end, its fades included, so none runs on into the next step's switch.
        await readStep(page, id);
        await atRest(page);
      }
      const unseen = await page.evaluate(() => [
        ...(window as unknown as { __unseen: Set<string> }).__unseen,
      ]);
      expect(unseen).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  /** What one frame rendered: the step marked current, the graphic on show, the diagram's state, the map's view. */
  type Sample = { step?: string; graphic?: string; inert: boolean; relations?: string; view: string };

  it('spreads a step over frames: the step, then the switch, then the graphic taking readers, then its move', async () => {
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
      reducedMotion: 'reduce',
    });
    try {
      // What each frame renders, sampled by a ResizeObserver (it reports after a frame's
      // animation callbacks and layout): a probe changes size in every frame to make it report.
      await page.evaluate(() => {
        const frames: Sample[] = [];
        (window as unknown as { __frames: Sample[] }).__frames = frames;
        const probe = document.body.appendChild(document.createElement('div'));
        probe.setAttribute('aria-hidden', 'true');
        Object.assign(probe.style, { position: 'fixed', top: '0', left: '0', height: '1px', width: '1px' });
        const story = document.querySelector<HTMLElement>('scroll-story')!;
        const diagram = document.querySelector<HTMLElement>('actor-diagram')!;
        const map = document.querySelector('locator-map') as HTMLElement & { view: string };
        new ResizeObserver(() =>
          frames.push({
            step: story.querySelector<HTMLElement>('[aria-current="step"]')?.dataset.step,
            graphic: document.querySelector<HTMLElement>('[data-graphic][data-shown]')?.dataset.graphic,
            inert: diagram.inert,
            relations: diagram.querySelector('figure')?.dataset.relations,
            view: map.view,
          }),
        ).observe(probe);
        const tick = () => {
          probe.style.width = probe.style.width === '1px' ? '2px' : '1px';
          requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      const framesFrom = async (from: number) =>
        (await page.evaluate(() => (window as unknown as { __frames: Sample[] }).__frames)).slice(from);
      const frameCount = async () => (await framesFrom(0)).length;

      // The steps as built: which graphic each shows, and the map's view.
      const built = await builtSteps(page);
      // A switch: to the first diagram step, from the map.
      expect(built[0]!.graphic).toBe('map');
      const toDiagram = built.find((b) => b.graphic === 'diagram')!;
      let from = await frameCount();
      await scrollToStep(page, toDiagram.id);
      const relations = toDiagram.state.relations.join(' ');
      await expect
        .poll(async () => (await framesFrom(from)).some((f) => f.relations === relations && !f.inert))
        .toBe(true);
      let frames = await framesFrom(from);
      const stepShown = frames.findIndex((f) => f.step === toDiagram.id);
      const switched = frames.findIndex((f) => f.graphic === 'diagram');
      const reachable = frames.findIndex((f) => f.graphic === 'diagram' && !f.inert);
      const moved = frames.findIndex((f) => f.relations === relations);
      // The switch is drawn with the step; the diagram leaves inert in a later frame, and shows the
      // step's relations in a later one still: three frames, never one long one.
      expect(switched).toBe(stepShown);
      expect(frames[switched]!.inert).toBe(true);
      expect(reachable).toBeGreaterThan(switched);
      expect(moved).toBeGreaterThan(reachable);

      // No switch: two map steps in a row, in different views; the step is drawn a frame before
      // the map moves.
      const next = built.findIndex(
        (b, i) =>
          i > 0 && b.graphic === 'map' && built[i - 1]!.graphic === 'map' && b.view !== built[i - 1]!.view,
      );
      const [before, mapStep] = [built[next - 1]!, built[next]!];
      await scrollToStep(page, before.id);
      await expect.poll(async () => (await framesFrom(0)).at(-1)?.view).toBe(before.view);
      from = await frameCount();
      await scrollToStep(page, mapStep.id);
      await expect.poll(async () => (await framesFrom(from)).some((f) => f.view === mapStep.view)).toBe(true);
      frames = await framesFrom(from);
      expect(frames.findIndex((f) => f.view === mapStep.view)).toBeGreaterThan(
        frames.findIndex((f) => f.step === mapStep.id),
      );
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  for (const [width, colorScheme] of [
    [1280, 'light'],
    [390, 'dark'],
  ] as const) {
    it(`has no axe violations at any step (${width} px, ${colorScheme})`, async () => {
      const { page, close } = await openPage(env.browser(), env.site(), storyPath, {
        viewport: { width, height: 844 },
        colorScheme,
        reducedMotion: 'reduce',
      });
      try {
        for (const step of steps) {
          // Checked once the step has settled: the graphics not on show made inert.
          await readStep(page, step.id);
          expect((await visibleGraphic(page)).halfHidden, step.id).toEqual([]);
          const violations = await runAxe(page);
          expect(violations, `${step.id}: ${formatViolations(violations)}`).toEqual([]);
        }
      } finally {
        await close();
      }
    });
  }
});

/** The story at desktop width, scrolled to the first diagram step, with the diagram on show. */
async function openAtDiagram() {
  const opened = await openPage(env.browser(), env.site(), storyPath, {
    viewport: { width: 1280, height: 860 },
    reducedMotion: 'reduce',
  });
  await readStep(opened.page, diagramStep.id);
  // Settled: the diagram is on show and reachable, every other graphic transparent and inert.
  expect(await visibleGraphic(opened.page)).toEqual({
    graphic: 'diagram',
    shown: ['actor-diagram'],
    halfHidden: [],
  });
  return opened;
}

/** Puts keyboard focus on a control just before the graphics, as a keyboard reader arriving at them. */
async function focusJustBefore(page: Page): Promise<void> {
  await page.locator('.sticky-graphics').evaluate((el) => {
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
  });
}

/** The story on a phone at the first diagram step, with the diagram on show above the text. */
async function openPhoneAtDiagram({ hasTouch = false } = {}) {
  const opened = await openPage(env.browser(), env.site(), storyPath, {
    viewport: { width: 390, height: 844 },
    reducedMotion: 'reduce',
    hasTouch,
  });
  await scrollToStep(opened.page, diagramStep.id);
  await expect.poll(() => opened.page.locator('actor-diagram').getAttribute('inert')).toBeNull();
  return opened;
}

describe('the diagram by keyboard, pointer and screen reader', () => {
  it('is reached with Tab, walked with the arrow keys, explains each actor, and is left with Escape', async () => {
    const { page, problems, close } = await openAtDiagram();
    try {
      const focused = () =>
        page.evaluate(
          () =>
            (document.activeElement as HTMLElement | null)?.dataset?.key ?? document.activeElement?.tagName,
        );
      // The tab stop, then the first actor in reading order (Home), where the arrows start.
      await page
        .locator('actor-diagram svg.diagram-svg--wide .diagram-node[tabindex="0"]')
        .evaluate((n) => (n as SVGGElement).focus());
      await page.keyboard.press('Home');
      const start = await focused();
      const first = content.actors.find((a) => a.id === start)!;
      const details = page.locator('actor-diagram [data-role="details"]');
      await expect.poll(() => details.textContent()).toContain(first.description);
      await page.keyboard.press('ArrowRight');
      const next = await focused();
      expect(next).not.toBe(start);
      const actor = content.actors.find((a) => a.id === next)!;
      await expect.poll(() => details.textContent()).toContain(actor.description);
      const violations = await runAxe(page);
      expect(violations, formatViolations(violations)).toEqual([]);
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.activeElement?.classList.contains('actor-diagram'))).toBe(
        true,
      );
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('is one tab stop: Tab enters at a node and leaves at the next control, never trapped', async () => {
    const { page, close } = await openAtDiagram();
    try {
      await focusJustBefore(page);
      const where = () =>
        page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          return el.classList.contains('diagram-node') ? `node:${el.dataset.key}` : el.tagName;
        });
      await page.keyboard.press('Tab');
      expect(await where()).toMatch(/^node:/);
      const seen: string[] = [];
      for (let i = 0; i < 15; i++) {
        await page.keyboard.press('Tab');
        seen.push(await where());
      }
      // Tab leaves the nodes at once and never goes from node to node. In the story the diagram is
      // reached again after the next step's text (src/client/storyFocus.ts): one stop each time.
      expect(seen[0]).not.toMatch(/^node:/);
      expect(seen.filter((s, i) => s.startsWith('node:') && (seen[i - 1] ?? '').startsWith('node:'))).toEqual(
        [],
      );
      await page.keyboard.press('Shift+Tab');
      expect(await where()).not.toBe('BODY');
    } finally {
      await close();
    }
  });

  it('on a phone, never hides the actor it shows details of under those details', async () => {
    // On a phone the details float over the diagram: at its foot, or at its head for an actor low down.
    const { page, close } = await openPhoneAtDiagram();
    try {
      const hidden = await page.evaluate(() =>
        [...document.querySelectorAll<SVGGElement>('actor-diagram svg.diagram-svg--narrow .diagram-node')]
          .filter((node) => {
            node.focus();
            const box = node.getBoundingClientRect();
            const details = document.querySelector('actor-diagram [data-role="details"]')!;
            const shown = details.getAttribute('data-key') === node.dataset.key;
            return (
              !shown ||
              !node.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2))
            );
          })
          .map((node) => node.dataset.key),
      );
      expect(hidden).toEqual([]);
    } finally {
      await close();
    }
  });

  it('on a phone, closes the details floating over it on a second tap, a tap around the actors, its close button, or Escape', async () => {
    const { page, close } = await openPhoneAtDiagram({ hasTouch: true });
    try {
      const details = page.locator('actor-diagram [data-role="details"]');
      const node = (key: string) =>
        page.locator(`actor-diagram svg.diagram-svg--narrow .diagram-node[data-key="${key}"]`);
      const hamas = content.actors.find((a) => a.id === 'hamas')!;
      await node('hamas').tap();
      await expect.poll(() => details.isVisible()).toBe(true);
      expect(await details.textContent()).toContain(hamas.description);
      await node('hamas').tap();
      await expect.poll(() => details.isVisible()).toBe(false);
      // Around the actors: a point of the diagram that no actor (and not the details) covers.
      await node('israel').tap();
      await expect.poll(() => details.isVisible()).toBe(true);
      const corner = await page.locator('actor-diagram svg.diagram-svg--narrow').evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        for (let y = box.bottom - 4; y > box.top; y -= 8)
          for (let x = box.left + 4; x < box.right; x += 8) {
            const hit = document.elementFromPoint(x, y);
            if (hit && svg.contains(hit) && !hit.closest('.diagram-node')) return { x, y };
          }
        return undefined;
      });
      expect(corner).toBeDefined();
      await page.touchscreen.tap(corner!.x, corner!.y);
      await expect.poll(() => details.isVisible()).toBe(false);
      // The close button, shown only with details, and outside their live region.
      const closeButton = page.getByRole('button', { name: 'Close details' });
      expect(await closeButton.isVisible()).toBe(false);
      await node('qatar').tap();
      await expect.poll(() => details.isVisible()).toBe(true);
      expect(await closeButton.isVisible()).toBe(true);
      expect(await closeButton.evaluate((b) => b.closest('[aria-live]'))).toBeNull();
      const target = await closeButton.boundingBox();
      expect(Math.min(target!.width, target!.height)).toBeGreaterThanOrEqual(24);
      await closeButton.tap();
      await expect.poll(() => details.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('FIGURE');
      // By keyboard: focus shows an actor's details, Escape leaves the diagram and closes them.
      await node('egypt').focus();
      await expect.poll(() => details.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await expect.poll(() => details.isVisible()).toBe(false);
      expect(await page.locator('actor-diagram [aria-pressed="true"]').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it('shows an actor’s details on hover and on tap', async () => {
    const { page, close } = await openAtDiagram();
    try {
      const qatar = page.locator('actor-diagram svg.diagram-svg--wide .diagram-node[data-key="qatar"]');
      await qatar.hover();
      const details = page.locator('actor-diagram [data-role="details"]');
      await expect
        .poll(() => details.textContent())
        .toContain(content.actors.find((a) => a.id === 'qatar')!.description);
      await qatar.click();
      expect(await qatar.getAttribute('aria-pressed')).toBe('true');
    } finally {
      await close();
    }
  });

  it('describes in words what a step highlights: the diagram its relations, the timeline its event', async () => {
    const { page, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 390, height: 844 },
      reducedMotion: 'reduce',
    });
    const described = (graphic: string) => page.locator(`${graphic} [data-role="description"]`);
    try {
      const relationStep = steps.find(
        (s) => s.attributes.graphic === 'diagram' && (s.attributes.relations ?? '') !== '',
      )!;
      await readStep(page, relationStep.id);
      for (const id of relationStep.attributes.relations!.split(/\s+/)) {
        const relation = content.relations.find((r) => r.id === id)!;
        expect(await described('actor-diagram').textContent()).toContain(relation.label);
      }
      await readStep(page, timelineStep.id);
      const event = content.events.find((e) => e.id === timelineStep.attributes.event)!;
      expect(await described('event-timeline').textContent()).toContain(event.label);
      for (const graphic of ['actor-diagram', 'event-timeline'])
        expect(await described(graphic).getAttribute('aria-live')).toBe('polite');
    } finally {
      await close();
    }
  });
});

describe('the diagram while the page streams in', () => {
  it('keeps every row of its key in place when a row’s words arrive', async () => {
    // On a slow phone the browser may paint a page it has only partly read: a key row with its
    // swatch but not yet its words, and no rows after it. When the words come, no row already
    // painted may move, that one included: not its swatch within it, and not the row itself (in a
    // wrapping line, a row with only its swatch fitted at the end of a line and wrapped to the
    // next once its words came: a bench load measured that shift).
    const { page, close } = await openPage(env.browser(), env.site(), routes.embed(leadSlug, 'diagram'), {
      viewport: { width: 390, height: 844 },
    });
    try {
      const moves = await page.evaluate(() =>
        [...document.querySelectorAll('.diagram-legend li')].map((row, i, rows) => {
          // Where each row painted so far sits, and its swatch.
          const boxes = () =>
            rows.slice(0, i + 1).flatMap((r) => {
              const a = r.getBoundingClientRect();
              const b = r.querySelector('svg')!.getBoundingClientRect();
              return [a.x, a.y, b.x, b.y];
            });
          const whole = boxes();
          const swatch = row.querySelector('svg')!;
          const words = [...row.childNodes].filter((n) => n !== swatch);
          const after = rows.slice(i + 1);
          words.forEach((n) => n.remove());
          after.forEach((r) => r.remove());
          const partial = boxes();
          row.append(...words);
          row.parentElement!.append(...after);
          return Math.max(...partial.map((v, j) => Math.abs(v - whole[j]!)));
        }),
      );
      expect(moves.length).toBeGreaterThan(2);
      expect(moves).toEqual(moves.map(() => 0));
    } finally {
      await close();
    }
  });
});
