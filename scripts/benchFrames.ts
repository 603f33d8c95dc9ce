// Frames, tasks and compilations, for `npm run bench`: figures the browser tests once asserted
// exactly and now only order (see README, "The map"). It prints; it never fails. Measured in
// Chromium at 1280 × 860 without CPU slowdown: these are counts of frames, tasks and functions,
// which a slower CPU does not change unless a frame is dropped.
import type { Browser, Page } from 'playwright-core';
import type { StepData } from '../src/graphics/stepsData';
import type { ViewTransform } from '../src/graphics/map/projection';
import { isStill, type Frame } from '../src/graphics/map/viewMove';
import { stepState, type StepState } from '../src/lib/story/stepState';
import { launchChromium } from '../tests/support/chromium';
import { recordFrames, traceWhile } from '../tests/support/pageProbes';
import { serveStatic } from '../tests/support/serveStatic';

export interface FrameFigure {
  what: string;
  figure: string;
}

type Graphic = HTMLElement & { show(state: StepState, words?: string): void; settled(): Promise<void> };
type WideView = { transform: ViewTransform; size: Frame; highlightedAreas: string[] };

async function open(browser: Browser, url: string, init?: () => void): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  // tsx names the functions it compiles with a helper (__name) the page lacks: page-side code
  // passed as functions needs it there too.
  await page.addInitScript('globalThis.__name = (f) => f;');
  if (init) await page.addInitScript(init);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => !!customElements.get('scroll-story'));
  return page;
}

const settled = (page: Page) =>
  page.evaluate(() => (document.querySelector('scroll-story') as unknown as Graphic).settled());

/**
 * The story's elements, grouped by the task that defined them: a microtask queued in a definition
 * runs when that task's script ends, before the next definition only if it comes in a task of its own.
 */
async function definitions(browser: Browser, url: string): Promise<FrameFigure> {
  const page = await open(browser, url, () => {
    const log: string[] = ((window as unknown as { defineLog: string[] }).defineLog = []);
    const define = customElements.define.bind(customElements);
    customElements.define = (name, element, options) => {
      log.push(name);
      queueMicrotask(() => log.push(''));
      define(name, element, options);
    };
  });
  const log = await page.evaluate(() => (window as unknown as { defineLog: string[] }).defineLog);
  await page.context().close();
  const tasks: string[][] = [];
  let task: string[] = [];
  for (const entry of log) {
    if (entry) task.push(entry);
    else if (task.length > 0) [tasks[tasks.length], task] = [task, []];
  }
  return {
    what: 'custom elements defined, by task (README: one task apiece)',
    figure: `${log.filter(Boolean).length} in ${tasks.length} tasks: ${tasks.map((t) => t.join(' + ')).join(' | ')}`,
  };
}

/** Functions V8 compiles on the main thread while every graphic makes its first changes. */
async function compilations(browser: Browser, url: string): Promise<FrameFigure> {
  const page = await open(browser, url);
  await settled(page);
  const steps = (
    await page.evaluate(() => JSON.parse(document.querySelector('script[data-steps]')!.textContent!))
  ).map((d: StepData) => ({ state: stepState(d.attributes), words: d.descriptions })) as Array<{
    state: StepState;
    words: StepData['descriptions'];
  }>;
  const views = [...new Set(steps.map((s) => s.state.map))].slice(1).map((map) => stepState({ map }));
  const diagram = steps.find((s) => s.state.graphic === 'diagram')!;
  const timeline = steps.find((s) => s.state.graphic === 'timeline')!;
  const { events } = await traceWhile(page, 'disabled-by-default-v8.compile,blink.user_timing', () =>
    // No function inside this one: V8 would compile it between the marks, as page code it is not.
    page.evaluate(
      ({ views, diagram, timeline }) => {
        performance.mark('first-changes');
        const map = document.querySelector('locator-map') as unknown as Graphic;
        for (const view of views) map.show(view);
        (document.querySelector('actor-diagram') as unknown as Graphic).show(diagram.state, diagram.words);
        (document.querySelector('event-timeline') as unknown as Graphic).show(timeline.state, timeline.words);
        performance.mark('first-changes-done');
      },
      {
        views,
        diagram: { state: diagram.state, words: diagram.words.diagram },
        timeline: { state: timeline.state, words: timeline.words.timeline },
      },
    ),
  );
  await page.context().close();
  const mark = (name: string) => events.find((e) => e.name === name)!;
  const [from, to] = [mark('first-changes'), mark('first-changes-done')];
  const compiled = events.filter(
    (e) =>
      e.pid === from.pid &&
      e.tid === from.tid &&
      e.ts >= from.ts &&
      e.ts <= to.ts &&
      e.name === 'V8.CompileCode',
  ).length;
  return {
    what: `V8 compilations in the graphics' first changes (${views.length} map moves, diagram, timeline; README: 0)`,
    figure: String(compiled),
  };
}

/**
 * A move of a pixel or two between two views whose highlights differ: in which frame, counted from
 * the one whose callbacks call show(), the land, the labels and the highlights change.
 */
async function smallMove(browser: Browser, url: string): Promise<FrameFigure> {
  const page = await open(browser, url);
  await settled(page);
  const views = await page.evaluate(
    async () =>
      (await (await fetch(document.querySelector<HTMLElement>('locator-map')!.dataset.model!)).json()).views
        .wide as Record<string, WideView>,
  );
  const ids = Object.keys(views);
  const pair = ids
    .flatMap((from) => ids.filter((to) => to !== from).map((to) => [from, to] as const))
    .find(
      ([from, to]) =>
        isStill(views[from]!.transform, views[to]!.transform, views[to]!.size) &&
        views[from]!.highlightedAreas.join() !== views[to]!.highlightedAreas.join(),
    );
  if (!pair) {
    await page.context().close();
    return { what: 'a move of a pixel or two', figure: 'no two views framed alike' };
  }
  const show = async (view: string) => {
    await page.evaluate(
      (state) =>
        requestAnimationFrame(() => {
          (window as unknown as { __shown: string }).__shown = state.map;
          (document.querySelector('locator-map') as unknown as Graphic).show(state);
        }),
      stepState({ map: view }),
    );
    await page.waitForFunction((id) => (window as unknown as { __shown: string }).__shown === id, view);
    await settled(page);
  };
  await show(pair[0]);
  const samples = await recordFrames(page, () => {
    const svg = document.querySelector('locator-map svg.map-svg--wide')!;
    const attrs = (selector: string, names: string[]) =>
      [...svg.querySelectorAll(selector)].map((el) => names.map((n) => el.getAttribute(n)).join(' ')).join();
    return {
      shown: (window as unknown as { __shown: string }).__shown,
      land: `${svg.querySelector('.map-geo')!.getAttribute('transform')} ${attrs('.map-place', ['transform'])}`,
      labels: attrs('.map-label, .map-area-label, .map-offmap > g', ['x', 'y', 'data-visible']),
      highlights: attrs('.map-area-hl, .map-route', ['data-active']),
    };
  });
  await page.waitForFunction(() => (window as unknown as { __frames: unknown[] }).__frames.length > 2);
  await show(pair[1]);
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const frames = await samples();
  await page.context().close();
  const at = frames.findIndex((f) => f.shown === pair[1]);
  const change = (part: 'land' | 'labels' | 'highlights') => {
    const i = frames.findIndex((f) => f[part] !== frames[0]![part]);
    return i < 0 ? 'never' : `+${i - at}`;
  };
  return {
    what: `a move of a pixel or two (${pair[0]} → ${pair[1]}), frames after the one calling show() (README: land +0, then labels and highlights +1)`,
    figure: `land ${change('land')}, labels ${change('labels')}, highlights ${change('highlights')}`,
  };
}

/** Frame and task figures of the story, each on a page of its own. */
export async function benchFrames(distDir: string, storyPath: string): Promise<FrameFigure[]> {
  const server = await serveStatic(distDir);
  const browser = await launchChromium();
  const url = `${server.url}${storyPath}`;
  try {
    return [await definitions(browser, url), await compilations(browser, url), await smallMove(browser, url)];
  } finally {
    await browser.close();
    await server.close();
  }
}
