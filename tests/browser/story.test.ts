import type { Page } from 'playwright-core';
import { storyPath } from '../support/stories';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/readContent';
import { emulatePrint, openPage, scrollToStep, useSite } from '../support/browserPage';
import { projectRoot, realContent } from '../support/contentFixture';
import { readPrint } from '../support/printedPages';

const { content } = readContent(realContent, projectRoot);
const steps = content.stories.find((s) => s.slug === 'mediation')!.steps;
const env = useSite();

/** Whether each step figure's list of places can be seen (read from the page, in its current media). */
const placesShown = (page: Page) =>
  page.$$eval('.step-figure [data-role="places"]', (lists) => lists.map((l) => l.checkVisibility()));
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
      // Collapsed lists print open: every map's list of places reaches the paper.
      expect(await placesShown(page)).toEqual(expect.arrayContaining([true]));
      expect(await placesShown(page)).not.toContain(false);
    } finally {
      await close();
    }
    // Printed without scripts too (the stylesheet opens them; with scripts, printFigures.ts also does).
    const noScript = await openPage(env.browser(), env.site(), storyPath, { javaScriptEnabled: false });
    try {
      await noScript.page.emulateMedia({ media: 'print' });
      expect(await placesShown(noScript.page)).toEqual(expect.arrayContaining([true]));
      expect(await placesShown(noScript.page)).not.toContain(false);
      // Each step's own figure: its words as text, its drawing an image (loaded) of the wide layout,
      // paper being wider than the breakpoint.
      const figures = await noScript.page.$$eval('.step-figure figure', (all) =>
        all.map((f) => {
          const text = (s: string) => (f.querySelector(s)?.textContent ?? '').replace(/\s+/g, ' ').trim();
          const image = f.querySelector('picture img') as HTMLImageElement | null;
          return {
            step: f.closest<HTMLElement>('.step')!.dataset.step!,
            graphic: f.getAttribute('data-graphic'),
            words: [
              text('.graphic-kicker'),
              text('.graphic-title'),
              text('.graphic-desc'),
              text('.graphic-source'),
            ]
              .map((w) => w !== '')
              .join(' '),
            places: f.querySelectorAll('[data-role="places"] li').length > 0,
            image: image
              ? `${image.complete && image.naturalWidth > 0} ${image.currentSrc.split('-').at(-1)}`
              : '',
          };
        }),
      );
      expect(figures.map((f) => f.step)).toEqual(steps.map((s) => s.id));
      for (const f of figures) {
        expect(f.words, f.step).toBe('true true true true');
        expect(f.places, f.step).toBe(f.graphic === 'map');
        expect(f.image, f.step).toBe('true wide.svg');
      }
    } finally {
      await noScript.close();
    }
  });

  it('lays the story out on A4 with no blank first page, no stranded heading or line', async () => {
    const { page, problems, close } = await openPage(env.browser(), env.site(), storyPath, {
      viewport: { width: 1280, height: 860 },
    });
    try {
      // A real print: Chromium fires beforeprint, builds the figures, lays the page out on paper.
      const { pages, blankFootOfFirstPage } = readPrint(await page.pdf({ format: 'A4' }));
      const words = (s: string) => s.replace(/\s+/g, ' ').trim();
      const printed = await page.evaluate(() => {
        const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
        return {
          headings: [...document.querySelectorAll('h1, h2, h3, .graphic-title, summary')].map(text),
          sourceLines: [...document.querySelectorAll('.step-figure .graphic-source')].map(text),
          places: [...document.querySelectorAll('.step-figure [data-role="places"] li')].map(text),
        };
      });
      const last = pages.length - 1;
      const report = pages.map((lines, i) => `page ${i + 1}: ${lines.length} lines, ends "${lines.at(-1)}"`);
      // The first page is mostly story, not a header and white paper below it.
      expect(blankFootOfFirstPage, report.join('\n')).toBeLessThan(0.4);
      pages.forEach((lines, i) => {
        const where = `page ${i + 1}\n${report.join('\n')}`;
        // No page but the last holds a lone line or two.
        if (i < last) expect(lines.length, where).toBeGreaterThan(4);
        // No heading (or figure's number) ends a page: it goes with what it heads.
        const end = lines.at(-1)!;
        expect(
          printed.headings.filter((h) => h.endsWith(end)),
          where,
        ).toEqual([]);
        expect(end, where).not.toMatch(/^FIGURE \d+ · /);
        // No figure's source line starts a page: it stays with its figure.
        if (i > 0)
          expect(
            printed.sourceLines.filter((s) => s.startsWith(lines[0]!)),
            where,
          ).toEqual([]);
      });
      // The places of every map are on paper (a closed <details> prints its summary alone).
      const paper = words(pages.flat().join(' '));
      for (const place of printed.places)
        expect(paper, place).toContain(place.split(' ').slice(0, 5).join(' '));
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });
});
