import type { Page } from 'playwright-core';
import { storyPath } from '../support/stories';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/readContent';
import { emulatePrint, openPage, scrollToStep, useSite } from '../support/browserPage';
import { projectRoot, realContent } from '../support/contentFixture';

const { content } = readContent(realContent, projectRoot);
const steps = content.stories.find((s) => s.slug === 'mediation')!.steps;
const env = useSite();

const activeStep = (page: Page) =>
  page.evaluate(() => (document.querySelector('scroll-story') as HTMLElement).dataset.activeStep);
/** The step whose top is last above the reading line the layout sets, computed independently of the page's script. */
const stepAtReadingLine = (page: Page) =>
  page.evaluate(() => {
    const story = document.querySelector('scroll-story')!;
    const line = innerHeight * Number.parseFloat(getComputedStyle(story).getPropertyValue('--reading-line'));
    const all = [...document.querySelectorAll<HTMLElement>('[data-step]')];
    return (all.filter((s) => s.getBoundingClientRect().top <= line).at(-1) ?? all[0]!).dataset.step;
  });

describe('the scrolling story', () => {
  it('defines the graphics, the one on show first, before the story that drives them', async () => {
    // Whether each definition ends a task of its own is a figure of the load's long tasks, not
    // behaviour: `npm run bench` reports it (scripts/benchFrames.ts).
    const context = await env.browser().newContext({ viewport: { width: 412, height: 823 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(() => {
        const log: string[] = ((window as unknown as { defineLog: string[] }).defineLog = []);
        const define = customElements.define.bind(customElements);
        customElements.define = (name, element, options) => {
          log.push(name);
          define(name, element, options);
        };
      });
      await page.goto(new URL(storyPath, env.site().url).href);
      await page.waitForFunction(() => !!customElements.get('scroll-story'));
      const defined = await page.evaluate(() => (window as unknown as { defineLog: string[] }).defineLog);
      const graphics = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('.sticky-graphics > [data-graphic]')].map((g) => ({
          tag: g.tagName.toLowerCase(),
          shown: g.hasAttribute('data-shown'),
        })),
      );
      expect(graphics.length).toBeGreaterThan(1);
      // Every graphic once, the one on show first, and the story last.
      expect(defined.at(-1)).toBe('scroll-story');
      expect(defined.slice(0, -1).sort()).toEqual(graphics.map((g) => g.tag).sort());
      expect(defined[0]).toBe(graphics.find((g) => g.shown)!.tag);
      // Upgraded in that order, the story finds its graphics ready: the first step is shown.
      await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(steps[0]!.id);
    } finally {
      await context.close();
    }
  });

  it('moves step by step with the Previous and Next controls, focus staying on the control', async () => {
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
      reducedMotion: 'reduce',
    });
    try {
      const next = page.getByRole('button', { name: 'Next step' });
      const previous = page.getByRole('button', { name: 'Previous step' });
      await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(steps[0]!.id);
      expect(await previous.isDisabled()).toBe(true);
      for (const step of steps.slice(1)) {
        await next.click();
        await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(step.id);
        // Focus stays where Next is pressed again; the last step turns Next off, and Previous takes it.
        const last = step === steps.at(-1);
        expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.go)).toBe(
          last ? '-1' : '1',
        );
        expect(await page.locator('[data-role="step-index"]').textContent()).toBe(
          String(steps.indexOf(step) + 1),
        );
      }
      expect(await next.isDisabled()).toBe(true);
      await previous.click();
      await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(steps.at(-2)!.id);
      expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.go)).toBe(
        '-1',
      );
      expect(page.url()).toMatch(new RegExp(`#step-${steps.at(-2)!.id}$`));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lands on the right step after a fast jump in either direction and after a resize', async () => {
    const { page, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
      reducedMotion: 'reduce',
    });
    try {
      for (const step of [steps.at(-1)!, steps[0]!, steps[4]!, steps[1]!]) {
        await scrollToStep(page, step.id);
        await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(step.id);
      }
      await page.setViewportSize({ width: 390, height: 844 });
      await expect.poll(async () => (await activeStep(page)) === (await stepAtReadingLine(page))).toBe(true);
    } finally {
      await close();
    }
  });

  it('keeps the step after a reload mid-page', async () => {
    const { page, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 390, height: 844 },
      reducedMotion: 'reduce',
    });
    try {
      const step = steps[4]!;
      await scrollToStep(page, step.id);
      await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(step.id);
      await page.reload({ waitUntil: 'load' });
      await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(await stepAtReadingLine(page));
      expect(await activeStep(page)).toBe(step.id);
    } finally {
      await close();
    }
  });

  it('has no horizontal scroll at 320 px at any step', async () => {
    const { page, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 320, height: 640 },
      reducedMotion: 'reduce',
    });
    try {
      for (const step of steps) {
        await scrollToStep(page, step.id);
        await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(step.id);
        expect(
          await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          ),
          step.id,
        ).toBeLessThanOrEqual(0);
      }
    } finally {
      await close();
    }
  });

  // On a phone the graphic stays on screen and the text passes over it in cards. Stacked above the
  // text, the graphic (as tall as its tallest state) left 55 px of a 320 × 568 screen to read in,
  // and covered the reading line: a step changed the graphic while its first lines were hidden.
  for (const [width, height] of [
    [320, 568],
    [375, 667],
    [390, 844],
    [844, 390],
  ] as const) {
    it(`on a ${width} × ${height} phone, shows the step being read at the reading line and the graphic whole between steps`, async () => {
      const { page, close } = await openPage(env.browser(), env.site(), storyPath, {
        viewport: { width, height },
        reducedMotion: 'reduce',
      });
      try {
        for (const step of steps) {
          await scrollToStep(page, step.id);
          await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(step.id);
          // The step's card is what the reader sees at the reading line, across the card's width.
          const atLine = await page.evaluate((id) => {
            const card = document.querySelector(`#step-${id} .step-text`)!;
            const box = card.getBoundingClientRect();
            return [0.1, 0.5, 0.9].map((f) =>
              card.contains(document.elementFromPoint(box.left + box.width * f, innerHeight / 2)),
            );
          }, step.id);
          expect(atLine, step.id).toEqual([true, true, true]);
          // Scrolled on until the card has just left the screen, the step is still the one read and
          // nothing covers its graphic: every point of it on screen belongs to the graphics.
          await page.evaluate((id) => {
            scrollBy(0, document.querySelector(`#step-${id} .step-text`)!.getBoundingClientRect().bottom);
          }, step.id);
          await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(step.id);
          const covered = await page.evaluate((graphic) => {
            const shown = document.querySelector(
              { map: 'locator-map', diagram: 'actor-diagram', timeline: 'event-timeline' }[graphic]!,
            )!;
            const box = shown.getBoundingClientRect();
            const top = Math.max(box.top, 0) + 2;
            const bottom = Math.min(box.bottom, innerHeight) - 2;
            const points: string[] = [];
            for (let i = 0; i <= 4; i++)
              for (let j = 0; j <= 4; j++) {
                const x = box.left + 2 + ((box.width - 4) * i) / 4;
                const y = top + ((bottom - top) * j) / 4;
                if (!document.elementFromPoint(x, y)?.closest('.scrolly-graphic'))
                  points.push(`${Math.round(x)},${Math.round(y)}`);
              }
            return { covered: points, seen: bottom - top };
          }, step.attributes.graphic ?? 'map');
          expect(covered.covered, step.id).toEqual([]);
          expect(covered.seen, step.id).toBeGreaterThan(height / 3);
        }
        // A link to a step opens with its card at the reading line too, not over the graphic's top.
        const linked = steps[Math.floor(steps.length / 2)]!;
        await page.evaluate((id) => (location.hash = `#step-${id}`), linked.id);
        await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(linked.id);
        const card = await page.evaluate((id) => {
          const box = document.querySelector(`#step-${id} .step-text`)!.getBoundingClientRect();
          return {
            top: box.top / innerHeight,
            atLine: box.top < innerHeight / 2 && box.bottom > innerHeight / 2,
          };
        }, linked.id);
        expect(card.top).toBeGreaterThan(0.3);
        expect(card.atLine).toBe(true);
      } finally {
        await close();
      }
    });
  }

  it('prints each step as a numbered figure with its text', async () => {
    const { page, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
    });
    try {
      await emulatePrint(page);
      // Chrome reports the counter expression, not its value: check the numbering is wired as a counter per step.
      const numbering = await page.evaluate(() => ({
        reset: getComputedStyle(document.querySelector('.scrolly-text')!).counterReset,
        increments: [...document.querySelectorAll('.step')].map((s) => getComputedStyle(s).counterIncrement),
        labels: [...document.querySelectorAll('.step-figure .graphic-kicker')].map(
          (k) => getComputedStyle(k, '::before').content,
        ),
        figuresShown: [...document.querySelectorAll('.step-figure')].filter(
          (f) => getComputedStyle(f).display !== 'none',
        ).length,
      }));
      expect(numbering.reset).toBe('step 0');
      expect(numbering.increments).toEqual(steps.map(() => 'step 1'));
      expect(numbering.labels).toEqual(steps.map(() => '"Figure " counter(step) " · "'));
      expect(numbering.figuresShown).toBe(steps.length);
      expect(await page.locator('.step-nav').isVisible()).toBe(false);
    } finally {
      await close();
    }
  });
});
