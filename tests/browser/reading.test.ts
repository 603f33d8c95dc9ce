import { describe, expect, it } from 'vitest';
import { activeStep, openPage, settled, shownGraphic, useSite } from '../support/browserPage';
import { walkStory, type ReadingStop } from '../support/readingProbe';
import { builtStories } from '../support/stories';

const env = useSite();
const stories = builtStories();

/** The four screens of the reading contract: a phone either way up, a laptop, a big desktop. */
const screens = [
  [390, 844],
  [844, 390],
  [1280, 800],
  [1440, 900],
] as const;

const where = (s: ReadingStop) => `${s.step} at y=${Math.round(s.y)}`;

// Wherever the reader is, from the first step at the reading line to the end of the last step's
// text there, a stop every quarter of a screen: the graphic the text talks about is on show, whole
// on screen and uncovered, big, legible, in a pane no taller than the screen, and the text being
// read is never under it.
describe('the reading contract', () => {
  for (const [width, height] of screens)
    for (const story of stories)
      it(`${story.path} at ${width} × ${height}: the graphic for the text is in view, clear, big and legible`, async () => {
        const { page, problems, close } = await openPage(env.browser(), env.site(), story.path, {
          viewport: { width, height },
          reducedMotion: 'reduce',
        });
        try {
          const stops = await walkStory(page);
          expect(stops.length).toBeGreaterThan(story.steps.length);
          // Every step is read at some stop, in order.
          expect([...new Set(stops.map((s) => s.step))]).toEqual(story.steps.map((s) => s.id));
          // In step: the graphic on show is always the one the step being read asks for.
          expect(stops.filter((s) => s.shown !== s.wanted).map(where)).toEqual([]);
          // In view and clear at 90 % of the stops or more.
          const seen = stops.filter((s) => s.inView >= 0.9 && s.clear >= 0.85);
          expect(
            seen.length / stops.length,
            JSON.stringify(stops.filter((s) => !seen.includes(s))),
          ).toBeGreaterThanOrEqual(0.9);
          // Big enough: 30 % of the screen or more, at every stop.
          expect(stops.filter((s) => s.share < 0.3).map((s) => `${where(s)}: ${s.share.toFixed(2)}`)).toEqual(
            [],
          );
          // Legible: every label 10 px or more on screen, places and main actors 12 px or more.
          expect(
            stops.filter((s) => s.smallest < 10).map((s) => `${where(s)}: ${s.smallest.toFixed(1)} px`),
          ).toEqual([]);
          expect(
            stops
              .filter((s) => s.smallestMain < 12)
              .map((s) => `${where(s)}: ${s.smallestMain.toFixed(1)} px`),
          ).toEqual([]);
          // The text at the reading line is on top, and the pane never outgrows the screen.
          expect(stops.filter((s) => s.textHidden).map(where)).toEqual([]);
          expect(stops.filter((s) => s.pane > s.screen + 0.5).map(where)).toEqual([]);
          expect(problems).toEqual([]);
        } finally {
          await close();
        }
      });

  for (const [width, height] of screens)
    it(`at ${width} × ${height}, a link to a step lands its text just above the reading line, the step on show`, async () => {
      const story = stories[0]!;
      const linked = story.steps[Math.floor(story.steps.length / 2)]!;
      const { page, close } = await openPage(env.browser(), env.site(), `${story.path}#step-${linked.id}`, {
        viewport: { width, height },
        reducedMotion: 'reduce',
      });
      try {
        await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(linked.id);
        const landed = await page.evaluate((id) => {
          const story = document.querySelector('scroll-story') as unknown as { readingLine(): number };
          const top = document.getElementById(`step-${id}`)!.getBoundingClientRect().top;
          return { top, line: story.readingLine(), height: innerHeight };
        }, linked.id);
        expect(landed.top).toBeLessThanOrEqual(landed.line);
        expect(landed.top).toBeGreaterThan(landed.line - landed.height * 0.2);
        expect(await shownGraphic(page)).toBe(linked.graphic);
      } finally {
        await close();
      }
    });

  for (const [width, height] of screens)
    it(`at ${width} × ${height}, an actor's details open on screen, clear of the actor`, async () => {
      const story = stories[0]!;
      const step = story.steps.find((s) => s.graphic === 'diagram')!;
      const { page, close } = await openPage(env.browser(), env.site(), `${story.path}#step-${step.id}`, {
        viewport: { width, height },
        reducedMotion: 'reduce',
      });
      try {
        await expect.poll(() => shownGraphic(page), { timeout: 5000 }).toBe('diagram');
        await page.waitForFunction(() => !document.querySelector<HTMLElement>('actor-diagram')!.inert);
        // The diagram takes the pointer once it has drawn the step (a click before that is a test's
        // speed, not a reader's).
        await settled(page);
        const actors = await page.evaluate(() => {
          const svg = [...document.querySelectorAll('actor-diagram svg[data-variant]')].find(
            (s) => s.getBoundingClientRect().width > 0,
          )!;
          return [...svg.querySelectorAll<SVGGElement>('.diagram-node[data-main="true"]')].map((n) => {
            const r = n.getBoundingClientRect();
            return { key: n.dataset.key!, x: r.x + r.width / 2, y: r.y + r.height / 2 };
          });
        });
        expect(actors.length).toBeGreaterThan(2);
        const openKey = () =>
          page.evaluate(() =>
            document.querySelector('actor-diagram [data-role="details"]')!.getAttribute('data-key'),
          );
        for (const actor of actors) {
          // The pointer away from the diagram, and the last actor's details closed: a hover on the
          // way, or details still open over this actor, would take the click.
          await page.mouse.move(2, 2);
          await expect.poll(openKey, { timeout: 3000 }).toBeNull();
          await page.mouse.click(actor.x, actor.y);
          await expect.poll(openKey, { timeout: 3000 }).toBe(actor.key);
          const seen = await page.evaluate((key) => {
            const panel = document.querySelector('actor-diagram [data-role="details"]')!;
            const p = panel.getBoundingClientRect();
            const svg = [...document.querySelectorAll('actor-diagram svg[data-variant]')].find(
              (s) => s.getBoundingClientRect().width > 0,
            )!;
            const n = svg.querySelector(`.diagram-node[data-key="${key}"]`)!.getBoundingClientRect();
            return {
              key: panel.getAttribute('data-key'),
              onScreen: p.top >= 0 && p.bottom <= innerHeight + 0.5 && p.height > 20,
              overActor: p.left < n.right && p.right > n.left && p.top < n.bottom && p.bottom > n.top,
            };
          }, actor.key);
          expect(seen, actor.key).toEqual({ key: actor.key, onScreen: true, overActor: false });
          // Closed again by a second click on the same actor.
          await page.mouse.click(actor.x, actor.y);
          await expect.poll(openKey, { timeout: 3000 }).toBeNull();
        }
      } finally {
        await close();
      }
    });

  it('grows the graphic with the screen: bigger on a 1440 × 900 desktop than on a 1280 × 800 laptop', async () => {
    const story = stories[0]!;
    const sizes: number[] = [];
    for (const [width, height] of [
      [1280, 800],
      [1440, 900],
    ] as const) {
      const { page, close } = await openPage(env.browser(), env.site(), story.path, {
        viewport: { width, height },
        reducedMotion: 'reduce',
      });
      try {
        const stops = await walkStory(page);
        sizes.push(Math.min(...stops.map((s) => s.share * s.screen * width)));
      } finally {
        await close();
      }
    }
    expect(sizes[1]!).toBeGreaterThan(sizes[0]! * 1.15);
  });
});
