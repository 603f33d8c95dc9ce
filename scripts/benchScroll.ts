// Scroll smoothness, for `npm run bench`: scrolls the built explainer from top to bottom in Chromium
// with 4x CPU slowdown and reports long tasks (> 50 ms), the longest frame and cumulative layout shift.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/serveStatic';

export interface ScrollFigures {
  viewport: string;
  /** Which pass over the story this is (1-based): each viewport is scrolled several times. */
  pass: number;
  steps: number;
  longTasks: number;
  longestTaskMs: number;
  /**
   * Where each long task came: the step the story had just reached (its `step:<id>` performance
   * mark, written by <scroll-story>) and how long after, with the task's length.
   */
  longTaskPlaces: string[];
  /** Frames over 50 ms (Long Animation Frames API); 0 when every frame was shorter. */
  longAnimationFrames: number;
  /** The longest of those frames, or 0 when there were none. */
  longestFrameMs: number;
  /**
   * How much of those frames the main thread was blocked (the API's blockingDuration, summed): near
   * 0 means the frames waited on something else (raster, on a machine without a GPU), not on us.
   */
  frameBlockingMs: number;
  cls: number;
}

async function scrollOnce(
  browser: Browser,
  url: string,
  width: number,
  height: number,
  pass: number,
): Promise<ScrollFigures> {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Page-side code is plain JavaScript text: the TypeScript runner's helpers do not exist in the page.
  await page.addInitScript(`
    window.__bench = { from: Infinity, tasks: [], shifts: [], frames: [] };
    for (const [type, list] of [['longtask', 'tasks'], ['layout-shift', 'shifts'], ['long-animation-frame', 'frames']]) {
      new PerformanceObserver((entries) => window.__bench[list].push(...entries.getEntries())).observe({ type, buffered: true });
    }
  `);
  await page.goto(url, { waitUntil: 'load' });
  // The story's script starts after the first paint (src/lib/site/paintFirst.ts): scrolling starts
  // once the story is driven (<scroll-story> is defined last), as a test's reader does.
  await page.waitForFunction(() => !!customElements.get('scroll-story'), null, { timeout: 20_000 });
  await page.waitForTimeout(800);
  // Only what happens while scrolling counts: entries are filtered by this start time.
  await page.evaluate(
    () => ((window as unknown as { __bench: { from: number } }).__bench.from = performance.now()),
  );
  const total = await page.evaluate(() => document.documentElement.scrollHeight - innerHeight);
  await page.mouse.move(width / 3, height / 2);
  for (let y = 0; y < total; y += 120) {
    await page.mouse.wheel(0, 120);
    await page.waitForTimeout(40);
  }
  await page.waitForTimeout(1500);
  const result = (await page.evaluate(`(() => {
    const b = window.__bench;
    const after = (list) => list.filter((e) => e.startTime >= b.from);
    const cls = after(b.shifts).filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0);
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('step:'));
    const place = (t) => {
      const m = marks.filter((x) => x.startTime <= t.startTime).at(-1);
      const where = m ? m.name.slice(5) + ' +' + Math.round(t.startTime - m.startTime) + ' ms' : 'before any step';
      return where + ' (' + Math.round(t.duration) + ' ms)';
    };
    return { places: after(b.tasks).map(place), tasks: after(b.tasks).map((e) => e.duration), frames: after(b.frames).map((e) => e.duration), blocking: after(b.frames).reduce((sum, e) => sum + (e.blockingDuration || 0), 0), cls, steps: document.querySelectorAll('[data-step]').length };
  })()`)) as {
    places: string[];
    tasks: number[];
    frames: number[];
    blocking: number;
    cls: number;
    steps: number;
  };
  await context.close();
  return {
    viewport: `${width}×${height}`,
    pass,
    steps: result.steps,
    longTasks: result.tasks.length,
    longestTaskMs: Math.max(0, ...result.tasks),
    longTaskPlaces: result.places,
    longAnimationFrames: result.frames.length,
    longestFrameMs: Math.max(0, ...result.frames),
    frameBlockingMs: result.blocking,
    cls: result.cls,
  };
}

/**
 * Scrolls the story `passes` times at a phone and at a desktop size. One pass can be lucky on a
 * busy machine: the bar is judged on the worst pass, and every pass is reported.
 */
export async function benchScroll(distDir: string, storyPath: string, passes = 3): Promise<ScrollFigures[]> {
  const server = await serveStatic(distDir);
  const browser = await launchChromium();
  try {
    const out: ScrollFigures[] = [];
    for (const [w, h] of [
      [390, 844],
      [1280, 860],
    ] as const) {
      for (let pass = 1; pass <= passes; pass++)
        out.push(await scrollOnce(browser, `${server.url}${storyPath}`, w, h, pass));
    }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}
