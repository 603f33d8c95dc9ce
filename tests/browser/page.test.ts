import type { BrowserContextOptions, Page } from 'playwright-core';
import { readContent } from '../../src/lib/content/readContent';
import { sectionBlocks } from '../../src/lib/site/paintFirst';
import { routes } from '../../src/lib/site/routes';
import { projectRoot, realContent } from '../support/contentFixture';
import { leadSlug, storyPath } from '../support/stories';
import { describe, expect, it } from 'vitest';
import { formatViolations, runAxe } from '../support/axe';
import { emulatePrint, openPage, useSite } from '../support/browserPage';

const env = useSite();
const { content } = readContent(realContent, projectRoot);

const open = (path: string, options: BrowserContextOptions) =>
  openPage(env.browser(), env.site(), path, options);

const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('the explainer in Chromium', () => {
  for (const width of [390, 1280]) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${width} px, ${colorScheme}: no console errors, no other hosts, axe finds nothing`, async () => {
        const { page, problems, close } = await open(storyPath, {
          viewport: { width, height: 900 },
          colorScheme,
        });
        try {
          expect(await page.locator('h1').textContent()).toContain('Rafah');
          const violations = await runAxe(page);
          expect(violations, formatViolations(violations)).toEqual([]);
          expect(await overflow(page)).toBeLessThanOrEqual(0);
          expect(problems).toEqual([]);
        } finally {
          await close();
        }
      });
    }
  }

  for (const path of [
    '/',
    ...content.stories.filter((s) => s.slug !== leadSlug).map((s) => routes.story(s.slug)),
  ]) {
    it(`${path} at 320 and 1280 px, light and dark: no console errors, no other hosts, axe finds nothing`, async () => {
      for (const width of [320, 1280]) {
        for (const colorScheme of ['light', 'dark'] as const) {
          const { page, problems, close } = await open(path, {
            viewport: { width, height: 900 },
            colorScheme,
          });
          try {
            const violations = await runAxe(page);
            expect(violations, `${width} ${colorScheme}: ${formatViolations(violations)}`).toEqual([]);
            expect(await overflow(page)).toBeLessThanOrEqual(0);
            expect(problems).toEqual([]);
          } finally {
            await close();
          }
        }
      }
    });
  }

  it('the index leads to every story', async () => {
    const { page, close } = await open('/', {});
    try {
      for (const story of content.stories) {
        await page.getByRole('link', { name: story.frontmatter.title }).click();
        await page.waitForURL(`**${routes.story(story.slug)}`);
        expect(await page.locator('h1').textContent()).toBe(story.frontmatter.title);
        await page.goBack();
      }
    } finally {
      await close();
    }
  });

  it('sets no cookies and stores nothing about the reader, on the story, the index or an embed', async () => {
    const context = await env.browser().newContext();
    try {
      const page = await context.newPage();
      for (const path of ['/', storyPath, routes.embed(leadSlug, 'diagram'), routes.embeds()]) {
        await page.goto(new URL(path, env.site().url).href, { waitUntil: 'load' });
        expect(await page.evaluate(() => document.cookie), path).toBe('');
        expect(await page.evaluate(() => localStorage.length + sessionStorage.length), path).toBe(0);
      }
      expect(await context.cookies()).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('enforces its CSP: nothing it ships is blocked, an injected inline script is', async () => {
    const { page, problems, close } = await open(storyPath, {});
    try {
      const blocked = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), {
              once: true,
            });
            const s = document.createElement('script');
            s.textContent = 'window.__injected = true';
            document.body.append(s);
            setTimeout(() => resolve('none'), 1000);
          }),
      );
      expect(blocked).toMatch(/^script-src/);
      expect(
        await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected),
      ).toBeUndefined();
      expect(problems.filter((p) => !p.includes('Content Security Policy'))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('follows the colour scheme the reader asked for', async () => {
    const backgrounds: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await open(storyPath, { colorScheme });
      backgrounds.push(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await close();
    }
    expect(backgrounds[0]).not.toBe(backgrounds[1]);
  });

  it('takes a keyboard reader from the skip link to the story, and a citation to its source', async () => {
    const { page, close } = await open(storyPath, { viewport: { width: 390, height: 800 } });
    try {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the story');
      await page.keyboard.press('Enter');
      // Playwright learns of a same-page navigation by an event that may come a moment later: poll.
      await expect.poll(() => page.url()).toMatch(/#story$/);
      const cite = page.locator('.cite a[data-source="ap-naim-message"]');
      await cite.click();
      await expect.poll(() => page.url()).toMatch(/#source-ap-naim-message$/);
      await expect.poll(() => page.locator('#source-ap-naim-message').isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  // The live graphics are a file the script fetches (src/graphics/liveGraphicsFile.ts).
  it("keeps the story whole when its live graphics cannot be fetched: its steps, and on paper each step's own figure", async () => {
    const context = await env.browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route(/\/graphics\/[^/]+-live\.[^/]+\.htm$/, (route) => route.abort());
    try {
      await page.goto(new URL(storyPath, env.site().url).href, { waitUntil: 'load' });
      await page.waitForFunction(() => !!customElements.get('scroll-story'));
      expect(await page.locator('.sticky-graphics > *').count()).toBe(0);
      // The story still goes a step at a time.
      await page.locator('[data-go="1"]').click();
      await expect
        .poll(() => page.locator('[data-role="step-index"]').textContent(), { timeout: 5000 })
        .toBe('2');
      await emulatePrint(page);
      const figures = await page.locator('.step .step-figure figure').count();
      expect(figures).toBe(await page.locator('.step[data-step]').count());
      expect(await page.locator('.step .step-figure figure img').count()).toBeGreaterThanOrEqual(figures);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // On a visit from the top, the sections after the story wait for the first paint and for the story
  // to be driven, then come in some 40 elements a frame (src/lib/site/paintFirst.ts): all at once
  // they were the longest task after that paint.
  it('lets the sections after the story be laid out once the story is driven, some 40 elements a frame', async () => {
    const context = await env.browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    type Frame = { painted: boolean; driven: boolean; free: number[] };
    // Each frame, before it renders: whether the first paint is reported yet, whether the story is
    // driven (<scroll-story> defined, its graphics whole), and which blocks of
    // the sections (their headings, paragraphs, list items) are no longer held back
    // (content-visibility other than auto: laid out in full in this frame), by their place in order.
    await page.addInitScript((selector) => {
      const frames: Frame[] = [];
      Object.assign(window, { sectionFrames: frames });
      const sample = () => {
        const painted = performance.getEntriesByName('first-contentful-paint').length > 0;
        const blocks = [...document.querySelectorAll(selector)];
        const free = blocks.flatMap((b, i) => (getComputedStyle(b).contentVisibility === 'auto' ? [] : [i]));
        frames.push({ painted, driven: !!customElements.get('scroll-story'), free });
        if (frames.length < 600) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    }, sectionBlocks);
    const frames = () => page.evaluate(() => (window as unknown as { sectionFrames: Frame[] }).sectionFrames);
    try {
      await page.goto(new URL(storyPath, env.site().url).href, { waitUntil: 'load' });
      const sizes = await page
        .locator(sectionBlocks)
        .evaluateAll((blocks) => blocks.map((b) => 1 + b.getElementsByTagName('*').length));
      // Who's who, the relations and the sources are lists of many blocks.
      expect(sizes.length).toBeGreaterThan(20);
      const all = sizes.map((_, i) => i);
      await expect.poll(async () => (await frames()).at(-1)?.free, { timeout: 10_000 }).toEqual(all);
      const seen = await frames();
      // None before the first paint is reported, nor while the graphics go in, before the story is
      // driven (their frames are theirs); then more a frame, in the page's order, some 40 elements
      // at a time: a frame stops once it has 40, so it has fewer than 40 and one block more.
      expect(seen.filter((f) => !f.painted).flatMap((f) => f.free)).toEqual([]);
      expect(seen.filter((f) => !f.driven).flatMap((f) => f.free)).toEqual([]);
      expect(seen.some((f) => !f.driven)).toBe(true);
      const changes = seen.filter((f, i) => i > 0 && f.free.length !== seen[i - 1]!.free.length);
      let before = 0;
      for (const { free } of changes) {
        expect(free).toEqual(all.slice(0, free.length));
        const added = sizes.slice(before, free.length);
        expect(added.slice(0, -1).reduce((a, b) => a + b, 0)).toBeLessThan(40);
        before = free.length;
      }
      expect(changes.length).toBeGreaterThan(3);
    } finally {
      await context.close();
    }
  });

  // Whole, each live graphic's first layout was a task of 60–95 ms at 4x CPU slowdown.
  it('puts each live graphic in a part a frame, unseen until whole, and whole as its file has it', async () => {
    const context = await env.browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    type Frame = { boxed: number; seenBuilding: string[]; defined: boolean };
    // Each frame: how many elements in the pane have a box (are laid out), which graphics can be seen
    // while still being built, and whether any graphic's element is defined yet. A graphic's markup is taken the first frame it is whole, before
    // its element is defined (which changes it).
    await page.addInitScript(() => {
      const frames: Frame[] = [];
      const whole: Record<string, string> = {};
      Object.assign(window, { liveFrames: frames, liveWhole: whole });
      const sample = () => {
        const graphics = [...document.querySelectorAll<HTMLElement>('.sticky-graphics > [data-graphic]')];
        const boxed = [...document.querySelectorAll('.sticky-graphics *')].filter((e) => e.checkVisibility());
        const building = graphics.filter((g) => g.hasAttribute('data-building'));
        const seenBuilding = building.filter((g) => getComputedStyle(g).opacity !== '0');
        for (const g of graphics)
          if (!building.includes(g) && !customElements.get(g.localName))
            whole[g.dataset.graphic!] ??= g.outerHTML;
        frames.push({
          boxed: boxed.length,
          seenBuilding: seenBuilding.map((g) => g.dataset.graphic!),
          defined: graphics.some((g) => customElements.get(g.localName)),
        });
        if (!customElements.get('scroll-story') && frames.length < 2000) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    try {
      await page.goto(new URL(storyPath, env.site().url).href, { waitUntil: 'load' });
      await page.waitForFunction(() => !!customElements.get('scroll-story'));
      const { frames, whole, file } = await page.evaluate(async () => {
        const url = document.querySelector<HTMLElement>('[data-live]')!.dataset.live!;
        const file = Object.fromEntries(
          (await (await fetch(url)).text()).split('\n').map((line) => {
            const template = document.createElement('template');
            template.innerHTML = line;
            const graphic = template.content.firstElementChild as HTMLElement;
            return [graphic.dataset.graphic!, graphic.outerHTML];
          }),
        );
        const w = window as unknown as { liveFrames: Frame[]; liveWhole: Record<string, string> };
        return { frames: w.liveFrames, whole: w.liveWhole, file };
      });
      expect(Object.keys(file).sort()).toEqual(['diagram', 'map', 'timeline']);
      expect(whole).toEqual(file);
      expect(frames.flatMap((f) => f.seenBuilding)).toEqual([]);
      // Laid out a few dozen elements a frame: in over ten frames, none adding more than 40. (Once
      // their elements are defined, the graphics add elements of their own: the map's flight pictures.)
      const building = frames.filter((f) => !f.defined);
      const added = building.map((f, i) => f.boxed - (building[i - 1]?.boxed ?? 0)).filter((n) => n > 0);
      expect(Math.max(...added)).toBeLessThanOrEqual(40);
      expect(added.length).toBeGreaterThan(10);
    } finally {
      await context.close();
    }
  });

  // A link to one of those sections, or a reload there, lays them out at once: the place must not move.
  it('keeps a place linked to, or reloaded, among the sections after the story', async () => {
    for (const width of [390, 1280]) {
      const context = await env.browser().newContext({ viewport: { width, height: 844 } });
      const page = await context.newPage();
      const top = (id: string) =>
        page.evaluate((id) => Math.round(document.getElementById(id)!.getBoundingClientRect().top), id);
      const ready = () => page.waitForFunction(() => !!customElements.get('scroll-story'));
      try {
        await page.goto(new URL(`${storyPath}#sources`, env.site().url).href, { waitUntil: 'load' });
        await ready();
        await page.waitForTimeout(500);
        expect(Math.abs(await top('sources'))).toBeLessThanOrEqual(1);
        // A reader at the top who follows the first step's source at once, while the sections are
        // still held back (the story not yet driven: its live graphics held up a second, so the
        // click surely comes first): the source is where it stays.
        await page.route('**/graphics/*-live.*', (route) => setTimeout(() => void route.continue(), 1000));
        await page.goto(new URL(storyPath, env.site().url).href, { waitUntil: 'load' });
        expect(await page.evaluate(() => document.querySelectorAll('[data-painted]').length)).toBe(0);
        const cite = page.locator('#story .step .cite a').first();
        const target = (await cite.getAttribute('href'))!.slice(1);
        const margin = await page.evaluate(
          (id) => Math.round(parseFloat(getComputedStyle(document.getElementById(id)!).scrollMarginTop)),
          target,
        );
        await cite.click();
        await page.waitForTimeout(300);
        // At its scroll margin, or lower where the page ends first (the sources are near its end).
        const landed = await top(target);
        const end = await page.evaluate(
          () => Math.abs(scrollY + innerHeight - document.body.scrollHeight) <= 1,
        );
        if (end) expect(landed).toBeGreaterThanOrEqual(margin - 1);
        else expect(Math.abs(landed - margin)).toBeLessThanOrEqual(1);
        await ready();
        await page.waitForTimeout(500);
        expect(Math.abs((await top(target)) - landed)).toBeLessThanOrEqual(1);
        // One who has come down to the relations from the top, once the story is driven, then reloads.
        await page.evaluate(() => document.getElementById('relations')!.scrollIntoView());
        await page.waitForTimeout(300);
        expect(Math.abs(await top('relations'))).toBeLessThanOrEqual(1);
        await page.reload({ waitUntil: 'load' });
        await ready();
        await page.waitForTimeout(500);
        expect(Math.abs(await top('relations'))).toBeLessThanOrEqual(1);
      } finally {
        await context.close();
      }
    }
  });

  it('reads the same with JavaScript off', async () => {
    const on = await open(storyPath, {});
    const off = await open(storyPath, { javaScriptEnabled: false });
    try {
      // Every word of the story and the sections after it; the graphics differ by design (sticky vs inline).
      const text = (p: Page) =>
        p.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('.step-text, main > section')]
            .map((e) => e.innerText)
            .join('\n'),
        );
      expect((await text(off.page)).length).toBeGreaterThan(3000);
      expect(await text(off.page)).toBe(await text(on.page));
    } finally {
      await on.close();
      await off.close();
    }
  });
});
