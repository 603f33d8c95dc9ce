// The keyboard reading contract, measured (issue 24, item 5): presses Tab 60 times through each built
// story at a desktop and a phone size and counts what a keyboard reader would hit: focus lost to
// <body>, a focused element off screen (or covered), no visible focus indicator, and one press moving
// the story by more than one step. `npm run bench` prints the figures; tests/browser/keyboard.test.ts
// asserts them press by press with the same walk.
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/serveStatic';

/** What one Tab press left: where focus is, whether a reader sees it, and the step read. */
export interface TabStop {
  press: number;
  /** The focused element, briefly (tag, id or class, words). */
  focus: string;
  /** Focus fell back to <body> (or nowhere) while the page holds it. */
  lost: boolean;
  /**
   * Tab went on past the page's last element to the browser's own controls (the document no longer
   * has focus): the end of the page's order, not a loss; the next press comes back in at the top.
   */
  leftPage: boolean;
  /** The focused element's box is inside the viewport, and what is drawn at its centre is it. */
  onScreen: boolean;
  /** An outline (style not none, width above 0) or a box shadow on the focused element. */
  ring: boolean;
  /** The active step's index after the press. */
  step: number;
  /** How many steps the press moved the story (absolute). */
  moved: number;
}

/** Lets the story take any step the press caused, then waits until every graphic has drawn it. */
export async function storySettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    // Two frames: a scroll caused by the press is reported to the story's IntersectionObserver in
    // the first, and the story looks again in a frame of its own when no step is on the line.
    for (let i = 0; i < 2; i++) await new Promise((done) => requestAnimationFrame(done));
    const story = document.querySelector('scroll-story') as
      (HTMLElement & { settled(): Promise<void> }) | null;
    await story?.settled();
  });
}

/** The focused element, read as the tests and the bench judge it. Plain JavaScript in the page. */
const probeSource = `(() => {
  const el = document.activeElement;
  const steps = [...document.querySelectorAll('[data-step]')];
  const active = document.querySelector('scroll-story')?.dataset.activeStep;
  const step = steps.findIndex((s) => s.dataset.step === active);
  if (!document.hasFocus())
    return { focus: '(browser controls)', lost: false, leftPage: true, onScreen: true, ring: true, step };
  if (!el || el === document.body || el === document.documentElement)
    return { focus: 'body', lost: true, leftPage: false, onScreen: false, ring: false, step };
  const box = el.getBoundingClientRect();
  const inside = box.width > 0 && box.height > 0 && box.left >= -1 && box.right <= innerWidth + 1 &&
    box.top >= -1 && (box.bottom <= innerHeight + 1 || (box.height > innerHeight && box.top < innerHeight / 2));
  const first = el.getClientRects()[0] ?? box;
  const x = Math.min(innerWidth - 1, Math.max(0, first.left + first.width / 2));
  const y = Math.min(innerHeight - 1, Math.max(0, first.top + Math.min(first.height / 2, 10)));
  const hit = document.elementFromPoint(x, y);
  const seen = !!hit && (el === hit || el.contains(hit));
  const css = getComputedStyle(el);
  const ring = (css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) > 0) || css.boxShadow !== 'none';
  const words = (el.getAttribute('aria-label') || el.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 30);
  const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : el.classList[0] ? '.' + el.classList[0] : '');
  return { focus: name + ' "' + words + '"', lost: false, leftPage: false, onScreen: inside && seen, ring, step };
})()`;

/** Presses Tab `presses` times from the top of a freshly opened story, recording each stop. */
export async function tabWalk(page: Page, presses = 60): Promise<TabStop[]> {
  await storySettled(page);
  let before = ((await page.evaluate(probeSource)) as { step: number }).step;
  const stops: TabStop[] = [];
  for (let press = 1; press <= presses; press++) {
    await page.keyboard.press('Tab');
    await storySettled(page);
    const probe = (await page.evaluate(probeSource)) as Omit<TabStop, 'press' | 'moved'>;
    stops.push({ ...probe, press, moved: Math.abs(probe.step - before) });
    before = probe.step;
  }
  return stops;
}

export interface KeyboardFigures {
  story: string;
  viewport: string;
  presses: number;
  focusLost: number;
  offScreen: number;
  noRing: number;
  multiStepJumps: number;
  /** Presses that went past the page's end to the browser's controls (not a fault). */
  leftPage: number;
  /** Steps the walk reached (distinct active steps), of the story's total. */
  stepsReached: string;
}

export const keyboardViewports = [
  [1280, 800],
  [390, 844],
] as const;

async function walkOnce(browser: Browser, url: string, width: number, height: number) {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => !!customElements.get('scroll-story'));
    const stops = await tabWalk(page);
    const total = await page.evaluate(() => document.querySelectorAll('[data-step]').length);
    return { stops, total };
  } finally {
    await context.close();
  }
}

/** The walk at each size through each story; figures only (the tests assert). */
export async function benchKeyboard(distDir: string, storyPaths: string[]): Promise<KeyboardFigures[]> {
  const server = await serveStatic(distDir);
  const browser = await launchChromium();
  try {
    const out: KeyboardFigures[] = [];
    for (const path of storyPaths)
      for (const [width, height] of keyboardViewports) {
        const { stops, total } = await walkOnce(browser, `${server.url}${path}`, width, height);
        out.push({
          story: path,
          viewport: `${width}×${height}`,
          presses: stops.length,
          focusLost: stops.filter((s) => s.lost).length,
          offScreen: stops.filter((s) => !s.lost && !s.onScreen).length,
          noRing: stops.filter((s) => !s.lost && !s.ring).length,
          multiStepJumps: stops.filter((s) => s.moved > 1).length,
          leftPage: stops.filter((s) => s.leftPage).length,
          stepsReached: `${new Set(stops.map((s) => s.step)).size} of ${total}`,
        });
      }
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

// Run alone (`npx tsx scripts/benchKeyboard.ts`, after a build), it prints every stop too.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { distDir } = await import('../tests/support/dist');
  const { builtStories } = await import('../tests/support/stories');
  const paths = builtStories().map((s) => s.path);
  console.table(await benchKeyboard(distDir, paths));
  if (process.env.BENCH_KEYBOARD_STOPS) {
    const server = await serveStatic(distDir);
    const browser = await launchChromium();
    for (const path of paths)
      for (const [w, h] of keyboardViewports) {
        const { stops } = await walkOnce(browser, `${server.url}${path}`, w, h);
        console.log(`${path} ${w}×${h}`);
        for (const s of stops)
          console.log(
            `${s.press}\tstep ${s.step}${s.moved > 1 ? ' JUMP' : ''}\t${s.lost ? 'LOST' : ''}${s.leftPage ? 'OUT' : ''}${s.onScreen ? '' : ' OFF'}${s.ring ? '' : ' NORING'}\t${s.focus}`,
          );
      }
    await browser.close();
    await server.close();
  }
}
