// The keyboard part of the reading contract (issue 24, item 5), in Chromium on the built stories at a
// desktop and a phone size. The Tab walk is the bench's (scripts/benchKeyboard.ts): the bench
// counts what these tests assert press by press.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { keyboardViewports, storySettled, tabWalk, type TabStop } from '../../scripts/benchKeyboard';
import { activeStep, builtSteps, openPage, readStep, useSite } from '../support/browserPage';
import { builtStories, storyPath } from '../support/stories';

const env = useSite();
const stories = builtStories();

const open = (path: string, [width, height]: readonly [number, number]) =>
  openPage(env.browser(), env.site(), path, { viewport: { width, height }, reducedMotion: 'reduce' });

/** Every way a stop of the walk can break the contract, named, so a failure says which press and why. */
function breaches(stops: TabStop[]): string[] {
  return stops.flatMap((s) => [
    ...(s.lost ? [`press ${s.press}: focus fell to <body>`] : []),
    ...(!s.lost && !s.onScreen ? [`press ${s.press}: ${s.focus} is off screen or covered`] : []),
    ...(!s.lost && !s.ring ? [`press ${s.press}: ${s.focus} shows no focus ring`] : []),
    ...(s.moved > 1 ? [`press ${s.press}: the story moved ${s.moved} steps (to ${s.step})`] : []),
  ]);
}

/** Tabs from the top until the focused element matches `selector` (at most `limit` presses). */
async function tabTo(page: Page, selector: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    await storySettled(page);
    if (await page.evaluate((s) => !!document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return {
      tag: el?.tagName.toLowerCase(),
      go: (el as HTMLElement | null)?.dataset?.go,
      label: el?.getAttribute('aria-label'),
      step: el?.closest('[data-step]')?.getAttribute('data-step') ?? undefined,
      graphic: el?.closest('.sticky-graphics > [data-graphic]')?.getAttribute('data-graphic') ?? undefined,
    };
  });

/**
 * The focused diagram's actors (their aria-labels) in reading order, from their boxes on screen:
 * rows from the top, each left to right; the highest actor left starts a row, and every actor whose
 * centre lies level with its box (above its bottom edge) joins it.
 */
/**
 * The diagram's reading order worked out here, apart from the build's: rows from the top, each left
 * to right; a row is the highest node left and every node whose centre is level with its box. Read
 * from the boxes as drawn, in the SVG's own units (on screen every box is scaled alike, and a
 * fraction of a pixel of rounding must not decide which row a node falls in).
 */
const readingOrderOnScreen = (page: Page) =>
  page.evaluate(() => {
    const svg = document.activeElement!.closest('svg')!;
    let left = [...svg.querySelectorAll<SVGGElement>('.diagram-node')].map((n) => {
      const r = n.querySelector('rect')!;
      const at = n.transform.baseVal.consolidate()!.matrix;
      const [x, y] = [at.e + r.x.baseVal.value, at.f + r.y.baseVal.value];
      const [w, h] = [r.width.baseVal.value, r.height.baseVal.value];
      return { label: n.getAttribute('aria-label')!, cx: x + w / 2, cy: y + h / 2, bottom: y + h };
    });
    const order: string[] = [];
    while (left.length > 0) {
      const top = left.reduce((a, b) => (b.cy < a.cy || (b.cy === a.cy && b.cx < a.cx) ? b : a));
      const row = left.filter((n) => n.cy <= top.bottom + 1e-6).sort((a, b) => a.cx - b.cx || a.cy - b.cy);
      order.push(...row.map((n) => n.label));
      left = left.filter((n) => !row.includes(n));
    }
    return order;
  });

describe('the story by keyboard', () => {
  for (const story of stories)
    for (const size of keyboardViewports)
      it(`${story.path} at ${size.join(' × ')}: 60 Tabs keep focus on screen, ringed, and the story a step at a time`, async () => {
        const { page, problems, close } = await open(story.path, size);
        try {
          const stops = await tabWalk(page, 60);
          expect(breaches(stops)).toEqual([]);
          // The walk went into the story: it read more than its first step, and the graphics too.
          expect(new Set(stops.map((s) => s.step)).size).toBeGreaterThan(1);
          expect(stops.some((s) => /diagram-node|step-nav|button/.test(s.focus))).toBe(true);
          expect(problems).toEqual([]);
        } finally {
          await close();
        }
      });

  it('takes a step with nothing to focus as a stop of its own, ringed, and never skips it', async () => {
    const { page, close } = await open(storyPath, [1280, 800]);
    try {
      // The second step's links and footnote references go: its text block must take their place.
      const id = await page.evaluate(() => {
        const step = document.querySelectorAll<HTMLElement>('[data-step]')[1]!;
        step.querySelectorAll('a, button, [tabindex]').forEach((el) => el.replaceWith(...el.childNodes));
        return step.dataset.step!;
      });
      const stops = await tabWalk(page, 30);
      expect(breaches(stops)).toEqual([]);
      expect(stops.map((s) => s.focus)).toContainEqual(expect.stringMatching(/^div\.step-text/));
      expect(stops.some((s) => s.step === 1)).toBe(true);
      expect(await page.evaluate(() => document.querySelectorAll('[data-step]').length)).toBeGreaterThan(2);
      expect(id).toBeTruthy();
    } finally {
      await close();
    }
  });

  it('goes from the graphic into the step being read, not back to the first step', async () => {
    const { page, close } = await open(storyPath, [1280, 800]);
    try {
      const steps = await builtSteps(page);
      const target = steps[4]!.id;
      await readStep(page, target);
      await page.locator('[data-go="1"]').focus();
      await page.keyboard.press('Tab');
      await storySettled(page);
      for (let i = 0; i < 10 && (await focused(page)).graphic; i++) {
        await page.keyboard.press('Tab');
        await storySettled(page);
      }
      expect((await focused(page)).step).toBe(target);
      expect(await activeStep(page)).toBe(target);
    } finally {
      await close();
    }
  });

  for (const size of keyboardViewports)
    it(`Previous and Next keep focus on the button pressed at ${size.join(' × ')}`, async () => {
      const { page, problems, close } = await open(storyPath, size);
      try {
        const steps = await builtSteps(page);
        await tabTo(page, '[data-go="1"]');
        for (const [index, step] of steps.entries()) {
          if (index === 0) continue;
          await page.keyboard.press('Enter');
          await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(step.id);
          await storySettled(page);
          // The last step turns Next off: focus goes to Previous, never to <body>.
          expect((await focused(page)).go).toBe(index === steps.length - 1 ? '-1' : '1');
          expect(await page.locator('[data-role="step-index"]').textContent()).toBe(String(index + 1));
        }
        expect(await page.locator('.step-nav [aria-live="polite"]').count()).toBe(1);
        await page.keyboard.press('Space');
        await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(steps.at(-2)!.id);
        expect((await focused(page)).go).toBe('-1');
        expect(problems).toEqual([]);
      } finally {
        await close();
      }
    });

  for (const size of keyboardViewports)
    it(`Home and End move among the diagram's actors at ${size.join(' × ')}, the page still`, async () => {
      const { page, close } = await open(storyPath, size);
      try {
        const steps = await builtSteps(page);
        await readStep(page, steps.find((s) => s.graphic === 'diagram')!.id);
        await tabTo(page, '.diagram-node');
        const actors = await readingOrderOnScreen(page);
        const y = await page.evaluate(() => scrollY);
        for (const [key, actor] of [
          ['End', actors.at(-1)],
          ['Home', actors[0]],
          ['End', actors.at(-1)],
        ] as const) {
          await page.keyboard.press(key);
          await storySettled(page);
          expect(await focused(page)).toMatchObject({ graphic: 'diagram', label: actor });
          expect(await page.evaluate(() => scrollY)).toBe(y);
        }
      } finally {
        await close();
      }
    });

  for (const size of keyboardViewports)
    it(`the arrows walk every actor of the diagram in reading order at ${size.join(' × ')}`, async () => {
      const { page, close } = await open(storyPath, size);
      try {
        const steps = await builtSteps(page);
        await readStep(page, steps.find((s) => s.graphic === 'diagram')!.id);
        await tabTo(page, '.diagram-node');
        // The order as the reader sees the boxes on screen, worked out here, apart from the build's.
        const order = await readingOrderOnScreen(page);
        expect(new Set(order).size).toBe(order.length);
        const walk = async (key: string) => {
          const seen = [(await focused(page)).label];
          for (let i = 1; i < order.length; i++) {
            await page.keyboard.press(key);
            seen.push((await focused(page)).label);
          }
          return seen;
        };
        // From the first actor (Home), Right (and Down) go on to the last, Left (and Up) come back.
        await page.keyboard.press('Home');
        expect(await walk('ArrowRight')).toEqual(order);
        expect(await walk('ArrowLeft')).toEqual([...order].reverse());
        expect(await walk('ArrowDown')).toEqual(order);
        expect(await walk('ArrowUp')).toEqual([...order].reverse());
        // No wrap: at the first actor, Up stays there, and focus stays in the diagram.
        await page.keyboard.press('ArrowUp');
        expect(await focused(page)).toMatchObject({ graphic: 'diagram', label: order[0] });
      } finally {
        await close();
      }
    });

  it('moves focus to the graphic coming on show when the one holding it goes, never to <body>', async () => {
    const { page, close } = await open(storyPath, [390, 844]);
    try {
      const steps = await builtSteps(page);
      const at = steps.findIndex((s) => s.graphic === 'diagram');
      const then = steps.slice(at).find((s) => s.graphic !== 'diagram')!;
      await readStep(page, steps[at]!.id);
      await tabTo(page, '.diagram-node');
      await readStep(page, then.id);
      expect((await focused(page)).graphic).toBe(then.graphic);
      expect(await page.evaluate(() => document.activeElement!.matches(':focus-visible'))).toBe(true);
    } finally {
      await close();
    }
  });
});
