import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import type { StepData } from '../../src/graphics/stepsData';
import type { GraphicId } from '../../src/graphics/registry';
import { stepState, type StepState } from '../../src/lib/story/stepState';
import { launchChromium } from './chromium';
export { recordFrames, traceWhile, type TraceEvent } from './pageProbes';
import { distDir } from './dist';
import { serveStatic, type StaticServer } from './serveStatic';

/** A page of the built site, recording what a reader would never want: console errors, failed loads, other hosts. */
export async function openPage(
  browser: Browser,
  server: StaticServer,
  path: string,
  options: BrowserContextOptions = {},
) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(server.url).origin;
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`other host: ${r.url()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(new URL(path, server.url).href, { waitUntil: 'load' });
  // The story defines its elements one task apiece (src/client/define.ts), possibly after the load
  // event: it is ready for a reader when the last, <scroll-story>, is. Without scripting it never is.
  if (options.javaScriptEnabled !== false)
    await page.waitForFunction(
      () => !document.querySelector('scroll-story') || !!customElements.get('scroll-story'),
    );
  return { page, problems, close: () => context.close() };
}

/**
 * Lays the story out for print. The steps' figures are built when the print media query turns on,
 * in the browser's next update; this waits for that (and fails if they never come).
 */
export async function emulatePrint(page: Page): Promise<void> {
  await page.emulateMedia({ media: 'print' });
  await page.waitForFunction(
    () => document.querySelectorAll('noscript[data-step-figure]').length === 0,
    null,
    {
      timeout: 5000,
    },
  );
}

/** The story's reading line, in pixels from the viewport's top (mid-screen when scripts are off). */
export async function readingLine(page: Page): Promise<number> {
  return page.evaluate(() => {
    const story = document.querySelector('scroll-story') as (Element & { readingLine?: () => number }) | null;
    return story?.readingLine?.() ?? innerHeight / 2;
  });
}

/** Scrolls so a step's top sits just above the reading line, as a reader would. */
export async function scrollToStep(page: Page, stepId: string): Promise<void> {
  const line = await readingLine(page);
  await page.evaluate(
    ([id, line]) => {
      const step = document.getElementById(`step-${id}`)!;
      const top = step.getBoundingClientRect().top + scrollY;
      scrollTo(0, top - line + 40);
    },
    [stepId, line] as const,
  );
}

/** A step of the story as built: its state and each graphic's caption words for it. */
export interface BuiltStep {
  id: string;
  /** The graphic the step puts on show. */
  graphic: GraphicId;
  /** The map's view (a map off show takes it too). */
  view: string;
  state: StepState;
  descriptions: StepData['descriptions'];
}

/** The story's steps as the page carries them (`script[data-steps]`), decoded by the page's own stepState(). */
export async function builtSteps(page: Page): Promise<BuiltStep[]> {
  const data = await page.evaluate(
    () => JSON.parse(document.querySelector('script[data-steps]')!.textContent!) as StepData[],
  );
  return data.map(({ attributes, descriptions }) => {
    const state = stepState(attributes);
    return { id: state.id, graphic: state.graphic, view: state.map, state, descriptions: descriptions ?? {} };
  });
}

/** The step <scroll-story> reads now. */
export const activeStep = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => (document.querySelector('scroll-story') as HTMLElement).dataset.activeStep);

/** The graphic on show (its `data-graphic`), or undefined when none is. */
export const shownGraphic = (page: Page): Promise<string | undefined> =>
  page.evaluate(() => document.querySelector<HTMLElement>('[data-graphic][data-shown]')?.dataset.graphic);

/**
 * Waits until the story (or, in an embed, the chart) has drawn its current state everywhere. An
 * embed's chart is defined once its model has arrived, which may be after the load event: it is
 * waited for first.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const story = document.querySelector('scroll-story') as
      (HTMLElement & { settled(): Promise<void> }) | null;
    const graphic = document.querySelector('[data-graphic][data-shown]') as
      (HTMLElement & { settled(): Promise<void> }) | null;
    const drawn = story ?? graphic;
    if (!drawn) return;
    await customElements.whenDefined(drawn.localName);
    await drawn.settled();
  });
}

/**
 * Scrolls to a step, waits until the story reads it, then until every graphic has drawn it
 * (settled): the story schedules its work as it takes the step, so nothing is missed between.
 */
export async function readStep(page: Page, stepId: string): Promise<void> {
  await scrollToStep(page, stepId);
  await expect.poll(() => activeStep(page), { timeout: 5000 }).toBe(stepId);
  await settled(page);
}

/**
 * Waits until nothing on the page moves: the graphics settled and every animation and CSS
 * transition finished (the scheduler counts the map's flights, not CSS fades).
 */
export async function atRest(page: Page): Promise<void> {
  await settled(page);
  await page.evaluate(async () => {
    const running = () => document.getAnimations().filter((a) => a.playState === 'running');
    for (let now = running(); now.length > 0; now = running())
      await Promise.all(now.map((a) => a.finished.catch(() => undefined)));
  });
}

/** The state the sticky map shows, read from the DOM. */
export async function mapState(page: Page) {
  return page.evaluate(() => {
    const figure = document.querySelector('locator-map figure') as HTMLElement;
    const svg = figure.querySelector('svg.map-svg--wide') as SVGSVGElement;
    const activeAreas = [...svg.querySelectorAll<SVGElement>('.map-area-hl[data-active="true"]')].map(
      (e) => e.dataset.key,
    );
    return {
      view: figure.dataset.view,
      svgView: svg.dataset.view,
      transform: svg.querySelector('.map-geo')!.getAttribute('transform'),
      /** Whether the map is mid-flight (its highlights, markers and labels change when it lands). */
      moving: svg.dataset.moving === 'true',
      title: figure.querySelector('[data-role="title"]')!.textContent,
      activeAreas,
      activeStep: (document.querySelector('scroll-story') as HTMLElement).dataset.activeStep,
    };
  });
}

/** The model the build wrote for a view (wide layout), from the model file the page names. */
export async function modelTransform(page: Page, viewId: string): Promise<string> {
  return page.evaluate(async (id) => {
    const json = await (
      await fetch(document.querySelector<HTMLElement>('locator-map')!.dataset.model!)
    ).json();
    const t = json.views.wide[id].transform;
    return `translate(${t.x} ${t.y}) scale(${t.k})`;
  }, viewId);
}

/**
 * The built site on a local port and a Chromium, for one test file: call at the top level; the
 * returned getters are ready inside tests. Without a browser the tests fail with instructions.
 */
export function useSite(): { site: () => StaticServer; browser: () => Browser } {
  let server: StaticServer | undefined;
  let chromium: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(distDir);
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });
  return { site: () => server!, browser: () => chromium! };
}
