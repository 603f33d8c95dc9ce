// First paint of every story, for `npm run bench` (issue 27): Lighthouse's mobile FCP, LCP and TBT
// (simulated throttling), median and range of several runs; the LCP element and its phases; what
// blocked the paint; the HTML's bytes; and, from Chromium's trace of real loads, the first layout and
// the time the main thread was blocked in the seconds after the first paint (what TBT counts, over
// every task of those seconds, where Lighthouse stops at its time to interactive). The
// figures of the previous run (bench-results/first-paint.json) are printed beside the new ones. It
// prints and never fails: the budget test holds the bytes (tests/build/budgets.test.ts).
//
// Run alone after a build: `npx tsx scripts/benchFirstPaint.ts` (BENCH_FIRST_PAINT_RUNS Lighthouse
// runs per story, 5 by default; BENCH_FIRST_PAINT_LOADS traced loads per story and CPU rate, 9).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Result } from 'lighthouse';
import type { Browser } from 'playwright-core';
import { builtFile } from '../src/lib/site/routes';
import { launchChromium } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/serveStatic';
import { openLighthouse } from './benchLighthouse';
import { storyHtmlRawBudget, storyJsBrotliBudget, storyLcpBarMs, storyPageBrotliBudget } from './budgets';
import { pageAssets, weigh } from './pageWeight';

/** A request of one Lighthouse run, its times in ms from the run's first request. */
export interface RunRequest {
  url: string;
  type: string;
  priority: string;
  startMs: number;
  endMs: number;
  transferBytes: number;
  /**
   * What Lantern (Lighthouse's simulation) may put in the first paint's graph: a request at VeryHigh
   * priority, or a script at High (module scripts are High), that ended before the load's own first
   * contentful paint. Lantern then drops a script whose evaluation began after that paint; the report
   * does not say which, so this is the upper bound.
   */
  blocking: boolean;
}

export interface LighthouseFirstPaint {
  page: string;
  run: number;
  fcpMs: number;
  lcpMs: number;
  /** Total Blocking Time as Lighthouse simulates it (4x CPU): the "TBT 0" of issue 27 is judged on it. */
  tbtMs: number;
  /** The first contentful paint of the unthrottled load Lighthouse simulates from. */
  observedFcpMs: number;
  lcpElement: { selector: string; text: string };
  /** LCP split as the largest-contentful-paint-element audit splits it: TTFB, Load Delay, Load Time, Render Delay. */
  phases: Record<string, number>;
  /** The render-blocking-resources audit's list: stylesheets (and classic scripts) in the way. */
  renderBlocking: string[];
  requests: RunRequest[];
}

/**
 * One traced load of a story: the document's first Layout and the style recalc just before it, and
 * the main thread's tasks in the first seconds after the first contentful paint.
 */
export interface FirstLayout {
  page: string;
  cpuSlowdown: number;
  load: number;
  layoutMs: number;
  layoutObjects: number;
  styleMs: number;
  styledElements: number;
  /** When the layout began, from the navigation's start. */
  startMs: number;
  /**
   * Blocking time after the first paint, as Total Blocking Time counts it (each task's time over
   * 50 ms, summed), over the tasks that start in the `blockingWindowMs` after it; and the longest task.
   */
  blockingMs: number;
  longestTaskMs: number;
}

export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** One story's figures, the ones printed before and after. */
export interface FirstPaintSummary {
  page: string;
  lcpMs: Spread;
  fcpMs: Spread;
  /** Missing from figures kept before it was measured. */
  tbtMs?: Spread;
  htmlRaw: number;
  htmlBrotli: number;
  jsBrotli: number;
  pageBrotli: number;
  /** Median count over the runs: the render-blocking-resources audit's, and Lantern's upper bound. */
  renderBlocking: number;
  lanternBlocking: number;
  /**
   * Per CPU rate; blockingMs (and blockedLoads, how many loads had any) is missing from figures kept
   * before it was measured.
   */
  firstLayout: Record<
    string,
    {
      layoutMs: Spread;
      styleMs: Spread;
      blockingMs?: Spread;
      blockedLoads?: { blocked: number; of: number };
    }
  >;
}

export interface FirstPaintFigures {
  measuredAt: string;
  commit: string;
  runs: number;
  loads: number;
  summaries: FirstPaintSummary[];
  lighthouse: LighthouseFirstPaint[];
  layouts: FirstLayout[];
}

const cpuRates = [1, 4];
/** How long after the first paint a load's tasks are counted as blocking (the graphics come in then). */
const blockingWindowMs = 3000;
const rateKey = (rate: number) => `${rate}x`;

/** The lower median, as bench.ts judges Lighthouse runs: an odd count gives the middle run itself. */
const middle = <T>(sorted: T[]) => sorted[Math.floor((sorted.length - 1) / 2)]!;
const spread = (values: number[]): Spread => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: middle(sorted), min: sorted[0]!, max: sorted[sorted.length - 1]! };
};
const round = (n: number) => Math.round(n * 10) / 10;

type Details = { items?: Array<Record<string, unknown> & { items?: Array<Record<string, unknown>> }> };
const detailsOf = (lhr: Result, id: string) => (lhr.audits[id]?.details ?? {}) as Details;

/** The figures of one Lighthouse run that explain its first paint. */
function readRun(lhr: Result, page: string, run: number): LighthouseFirstPaint {
  const metrics = detailsOf(lhr, 'metrics').items?.[0] as Record<string, number>;
  const network = lhr.audits['network-requests']?.details as Details & {
    debugData?: { networkStartTimeTs: number };
  };
  // Request times count from the first request; the observed paint from the navigation's start.
  const observedFcpMs = metrics.observedFirstContentfulPaint!;
  const fcpFromFirstRequest =
    (metrics.observedFirstContentfulPaintTs! - (network.debugData?.networkStartTimeTs ?? 0)) / 1000;
  const origin = new URL(lhr.finalDisplayedUrl).origin;
  const requests = (network.items ?? []).map((r) => {
    const url = String(r.url);
    const priority = String(r.priority);
    const type = String(r.resourceType);
    const endMs = Number(r.networkEndTime);
    const mayBlock = priority === 'VeryHigh' || (priority === 'High' && type === 'Script');
    return {
      url: url.startsWith(origin) ? url.slice(origin.length) : url,
      type,
      priority,
      startMs: round(Number(r.networkRequestTime)),
      endMs: round(endMs),
      transferBytes: Number(r.transferSize),
      blocking: type !== 'Document' && mayBlock && endMs <= fcpFromFirstRequest,
    };
  });
  const [elementTable, phaseTable] = detailsOf(lhr, 'largest-contentful-paint-element').items ?? [];
  const node = (elementTable?.items?.[0]?.node ?? {}) as { selector?: string; nodeLabel?: string };
  return {
    page,
    run,
    fcpMs: Math.round(lhr.audits['first-contentful-paint']?.numericValue ?? 0),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? 0),
    observedFcpMs,
    lcpElement: { selector: node.selector ?? '?', text: (node.nodeLabel ?? '').slice(0, 48) },
    phases: Object.fromEntries(
      (phaseTable?.items ?? []).map((p) => [String(p.phase), Math.round(Number(p.timing))]),
    ),
    renderBlocking: (detailsOf(lhr, 'render-blocking-resources').items ?? []).map((r) =>
      String(r.url).replace(origin, ''),
    ),
    requests,
  };
}

/**
 * Each page and what it loads, fetched once as a browser would, so the server has compressed them
 * before the first measured load (serveStatic compresses each content once, as a host does ahead).
 */
async function warm(origin: string, dist: string, pages: string[]) {
  const files = new Set(pages.flatMap((page) => pageAssets(dist, builtFile(page)).map((a) => a.file)));
  for (const file of files)
    await (
      await fetch(`${origin}/${file.replace(/(^|\/)index\.html$/, '$1')}`, {
        headers: { 'accept-encoding': 'br' },
      })
    ).arrayBuffer();
}

/**
 * Lighthouse (performance only: the other categories do not change the metrics) on every story, the
 * stories' runs interleaved, every other round in reverse, so a slow spell on a shared machine falls
 * on each story alike rather than on whichever ran then.
 */
async function lighthouseRuns(dist: string, pages: string[], runs: number) {
  const session = await openLighthouse(dist);
  try {
    await warm(session.url, dist, pages);
    const out: LighthouseFirstPaint[] = [];
    for (let run = 1; run <= runs; run++)
      for (const page of run % 2 ? pages : [...pages].reverse())
        out.push(readRun(await session.run(page, ['performance']), page, run));
    return out;
  } finally {
    await session.close();
  }
}

interface TraceEntry {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid?: number;
  tid?: number;
  args?: {
    frame?: string;
    elementCount?: number;
    data?: { documentLoaderURL?: string };
    beginData?: { frame?: string; url?: string; totalObjects?: number };
  };
}

/** From a load's trace, the document's first Layout and the style recalc that ended just before it. */
function readFirstLayout(events: TraceEntry[], frame: string, url: string) {
  const ofFrame = events
    .filter((e) => (e.args?.beginData?.frame ?? e.args?.frame) === frame)
    .sort((a, b) => a.ts - b.ts);
  const navigation = ofFrame.findLast(
    (e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === url,
  );
  // The blank page the tab opened on lays itself out after the navigation starts: count from the
  // story's own first parse.
  const parse = ofFrame.find((e) => e.name === 'ParseHTML' && e.args?.beginData?.url === url);
  const layout = parse && ofFrame.find((e) => e.name === 'Layout' && e.ph === 'X' && e.ts > parse.ts);
  if (!navigation || !layout) throw new Error(`No first layout of ${url} in the trace`);
  const style = ofFrame.findLast(
    (e) => e.name === 'UpdateLayoutTree' && e.ts >= parse.ts && e.ts + (e.dur ?? 0) <= layout.ts,
  );
  return {
    layoutMs: round((layout.dur ?? 0) / 1000),
    layoutObjects: layout.args?.beginData?.totalObjects ?? 0,
    styleMs: round((style?.dur ?? 0) / 1000),
    styledElements: style?.args?.elementCount ?? 0,
    startMs: round((layout.ts - navigation.ts) / 1000),
    ...readBlocking(
      events,
      parse,
      ofFrame.find((e) => e.name === 'firstContentfulPaint' && e.ts > parse.ts),
    ),
  };
}

/** The tasks of the document's main thread (the one that parsed it) in the window after its first paint. */
function readBlocking(events: TraceEntry[], parse: TraceEntry, paint: TraceEntry | undefined) {
  if (!paint) throw new Error('No first contentful paint in the trace');
  const tasks = events
    .filter(
      (e) =>
        e.name === 'RunTask' &&
        e.ph === 'X' &&
        e.pid === parse.pid &&
        e.tid === parse.tid &&
        e.ts >= paint.ts &&
        e.ts < paint.ts + blockingWindowMs * 1000,
    )
    .map((e) => (e.dur ?? 0) / 1000);
  return {
    blockingMs: round(tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0)),
    longestTaskMs: round(Math.max(0, ...tasks)),
  };
}

/** One cold load at Lighthouse's phone size, traced from the browser so the new renderer is in it. */
async function tracedLoad(browser: Browser, url: string, cpuSlowdown: number) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const tracing = await browser.newBrowserCDPSession();
    const events: TraceEntry[] = [];
    tracing.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEntry[])));
    const done = new Promise((resolve) => tracing.once('Tracing.tracingComplete', resolve));
    // The main thread's tasks (RunTask), what blocking time is counted from, come with the
    // disabled-by-default timeline category.
    await tracing.send('Tracing.start', {
      categories: 'devtools.timeline,blink.user_timing,loading,disabled-by-default-devtools.timeline',
      transferMode: 'ReportEvents',
    });
    await page.goto(url, { waitUntil: 'load' });
    // Nothing but the HTML comes before the first paint now, so the load event can fire before it.
    // Asked over CDP, a line at a time: Playwright's own waits (waitForFunction, evaluate) first put
    // its injected script in the page, whose evaluation was a task of 90–120 ms at 4x, counted in
    // the window as if the page's.
    const painted = async () =>
      (
        await cdp.send('Runtime.evaluate', {
          expression: "performance.getEntriesByName('first-contentful-paint').length > 0",
          returnByValue: true,
        })
      ).result.value === true;
    for (const giveUp = Date.now() + 30_000; !(await painted()); await page.waitForTimeout(50))
      if (Date.now() > giveUp) throw new Error(`${url}: no first contentful paint in 30 s`);
    await page.waitForTimeout(blockingWindowMs);
    await tracing.send('Tracing.end');
    await done;
    await tracing.detach();
    return readFirstLayout(events, frameTree.frame.id, url);
  } finally {
    await context.close();
  }
}

async function layoutLoads(dist: string, pages: string[], loads: number) {
  const server = await serveStatic(dist);
  const browser = await launchChromium();
  try {
    await warm(server.url, dist, pages);
    const out: FirstLayout[] = [];
    for (let load = 1; load <= loads; load++)
      for (const page of pages)
        for (const cpuSlowdown of cpuRates)
          out.push({
            page,
            cpuSlowdown,
            load,
            ...(await tracedLoad(browser, `${server.url}${page}`, cpuSlowdown)),
          });
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

const brotli = (b: Buffer) =>
  brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

function summarize(
  dist: string,
  page: string,
  runs: LighthouseFirstPaint[],
  layouts: FirstLayout[],
): FirstPaintSummary {
  const html = readFileSync(path.join(dist, builtFile(page)));
  const { byType, total } = weigh(pageAssets(dist, builtFile(page)));
  const mine = runs.filter((r) => r.page === page);
  return {
    page,
    lcpMs: spread(mine.map((r) => r.lcpMs)),
    fcpMs: spread(mine.map((r) => r.fcpMs)),
    tbtMs: spread(mine.map((r) => r.tbtMs)),
    htmlRaw: html.length,
    htmlBrotli: brotli(html),
    jsBrotli: byType.get('js')?.brotli ?? 0,
    pageBrotli: total.brotli,
    renderBlocking: spread(mine.map((r) => r.renderBlocking.length)).median,
    lanternBlocking: spread(mine.map((r) => r.requests.filter((q) => q.blocking).length)).median,
    firstLayout: Object.fromEntries(
      cpuRates.map((rate) => {
        const loads = layouts.filter((l) => l.page === page && l.cpuSlowdown === rate);
        return [
          rateKey(rate),
          {
            layoutMs: spread(loads.map((l) => l.layoutMs)),
            styleMs: spread(loads.map((l) => l.styleMs)),
            blockingMs: spread(loads.map((l) => l.blockingMs)),
            blockedLoads: { blocked: loads.filter((l) => l.blockingMs > 0).length, of: loads.length },
          },
        ];
      }),
    ),
  };
}

export async function benchFirstPaint(
  dist: string,
  pages: string[],
  runs = 5,
  loads = 9,
): Promise<FirstPaintFigures> {
  const lighthouse = await lighthouseRuns(dist, pages, runs);
  const layouts = await layoutLoads(dist, pages, loads);
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  return {
    measuredAt: new Date().toISOString(),
    commit,
    runs,
    loads,
    summaries: pages.map((page) => summarize(dist, page, lighthouse, layouts)),
    lighthouse,
    layouts,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
// Under a millisecond but not 0 (a task of 50.4 ms counts 0.4) is shown as it is: rounded to 0,
// a figure that fails its bar of 0 would read as if it held.
const ms = (n: number) => `${n > 0 && n < 1 ? n.toFixed(1) : Math.round(n)} ms`;
const range = (s: Spread, unit = ms) => `${unit(s.median)} (${unit(s.min)}–${unit(s.max)})`;
const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows)
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  console.log();
};

/** Each figure of a summary: its name, its bar (if SPEC.md sets one), how it prints, whether it holds. */
function figuresOf(s: FirstPaintSummary): Array<[string, string, string, boolean | undefined]> {
  const layout = (rate: number) => {
    const l = s.firstLayout[rateKey(rate)];
    return l ? `${range(l.layoutMs)}, style ${ms(l.styleMs.median)}` : '-';
  };
  const { blockingMs: blocking, blockedLoads } = s.firstLayout[rateKey(4)] ?? {};
  return [
    [
      'LCP, Lighthouse mobile: median (range)',
      `≤ ${storyLcpBarMs} ms`,
      range(s.lcpMs),
      s.lcpMs.median <= storyLcpBarMs,
    ],
    ['FCP, Lighthouse mobile: median (range)', '', range(s.fcpMs), undefined],
    [
      'TBT, Lighthouse mobile: median (range)',
      '0 ms',
      s.tbtMs ? range(s.tbtMs) : '-',
      s.tbtMs && s.tbtMs.median === 0,
    ],
    ['HTML, raw', `≤ ${kb(storyHtmlRawBudget)}`, kb(s.htmlRaw), s.htmlRaw <= storyHtmlRawBudget],
    ['HTML, brotli', '', kb(s.htmlBrotli), undefined],
    ['JavaScript, brotli', `≤ ${kb(storyJsBrotliBudget)}`, kb(s.jsBrotli), s.jsBrotli <= storyJsBrotliBudget],
    [
      'whole page, brotli',
      `≤ ${kb(storyPageBrotliBudget)}`,
      kb(s.pageBrotli),
      s.pageBrotli <= storyPageBrotliBudget,
    ],
    [
      'render-blocking requests: audit / Lantern at most',
      '',
      `${s.renderBlocking} / ${s.lanternBlocking}`,
      undefined,
    ],
    ['first layout, no slowdown: median (range), style before it', '', layout(1), undefined],
    ['first layout, 4x CPU slowdown', '', layout(4), undefined],
    [
      `blocking after the first paint (its first ${blockingWindowMs / 1000} s), 4x CPU`,
      '0 ms',
      blocking
        ? `${range(blocking)}${blockedLoads ? `, ${blockedLoads.blocked} of ${blockedLoads.of} loads over 0` : ''}`
        : '-',
      blocking && blocking.median === 0,
    ],
  ];
}

export function printFirstPaint(figures: FirstPaintFigures, previous?: FirstPaintFigures): void {
  const before = previous
    ? `before: ${previous.measuredAt.slice(0, 16)} at ${previous.commit}`
    : 'no run before';
  console.log(
    `First paint of each story: Lighthouse mobile (simulated throttling), ${figures.runs} runs per story, interleaved; ` +
      `first layout of ${figures.loads} traced loads at 412 × 823 (${before})`,
  );
  table([
    ['story', 'figure', 'bar', 'before', 'now', 'holds'],
    ...figures.summaries.flatMap((s) => {
      const old = previous?.summaries.find((p) => p.page === s.page);
      const oldFigures = old ? figuresOf(old) : [];
      return figuresOf(s).map(([name, bar, now, holds], i) => [
        s.page,
        name,
        bar,
        oldFigures[i]?.[2] ?? '-',
        now,
        holds === undefined ? '' : holds ? 'yes' : 'NO',
      ]);
    }),
  ]);

  // The run whose LCP is the median: its element, phases and requests explain the figure above.
  const medianRuns = figures.summaries.map((s) =>
    middle(figures.lighthouse.filter((r) => r.page === s.page).sort((a, b) => a.lcpMs - b.lcpMs)),
  );
  console.log('The LCP element and its phases, in the median run of each story');
  const phases = ['TTFB', 'Load Delay', 'Load Time', 'Render Delay'];
  table([
    ['story', 'run', 'LCP element', 'text', ...phases],
    ...medianRuns.map((r) => [
      r.page,
      String(r.run),
      r.lcpElement.selector,
      r.lcpElement.text,
      ...phases.map((p) => (r.phases[p] === undefined ? '-' : ms(r.phases[p]))),
    ]),
  ]);
  console.log('Every Lighthouse run (observed FCP: the unthrottled load the simulation starts from)');
  table([
    ['story', 'run', 'FCP', 'LCP', 'observed FCP', 'render-blocking (audit)', 'Lantern at most'],
    ...figures.lighthouse.map((r) => [
      r.page,
      String(r.run),
      ms(r.fcpMs),
      ms(r.lcpMs),
      ms(r.observedFcpMs),
      String(r.renderBlocking.length),
      String(r.requests.filter((q) => q.blocking).length),
    ]),
  ]);
  console.log(
    'Requests of the median run (ms from the first request; "may block": VeryHigh, or a High script, ended before the observed FCP)',
  );
  table([
    ['story', 'request', 'type', 'priority', 'start', 'end', 'transferred', 'may block'],
    ...medianRuns.flatMap((r) =>
      r.requests.map((q) => [
        r.page,
        q.url.length > 60 ? `${q.url.slice(0, 57)}…` : q.url,
        q.type,
        q.priority,
        ms(q.startMs),
        ms(q.endMs),
        kb(q.transferBytes),
        q.blocking ? 'yes' : '',
      ]),
    ),
  ]);
  console.log(
    `First layout of each traced load: its objects, and the style recalc before it; and the tasks in the ${blockingWindowMs / 1000} s after the first paint`,
  );
  table([
    [
      'story',
      'CPU',
      'layout',
      'objects',
      'style recalc',
      'elements',
      'layout starts',
      'blocking',
      'longest task',
    ],
    ...figures.summaries.flatMap((s) =>
      cpuRates.map((rate) => {
        const loads = figures.layouts.filter((l) => l.page === s.page && l.cpuSlowdown === rate);
        const at = middle([...loads].sort((a, b) => a.layoutMs - b.layoutMs));
        return [
          s.page,
          rateKey(rate),
          range(spread(loads.map((l) => l.layoutMs))),
          String(at.layoutObjects),
          range(spread(loads.map((l) => l.styleMs))),
          String(at.styledElements),
          range(spread(loads.map((l) => l.startMs))),
          range(spread(loads.map((l) => l.blockingMs))),
          range(spread(loads.map((l) => l.longestTaskMs))),
        ];
      }),
    ),
  ]);
}

/**
 * The section as the bench runs it: measures, prints beside the previous run's figures, and keeps
 * the new ones in bench-results/first-paint.json for the next run to compare with.
 */
export async function firstPaintSection(
  dist: string,
  pages: string[],
  results: string,
): Promise<FirstPaintFigures> {
  const file = path.join(results, 'first-paint.json');
  // The previous figures: this section's own file, or the first paint a whole bench run kept.
  const benchFile = path.join(results, 'bench.json');
  const previous = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as FirstPaintFigures)
    : existsSync(benchFile)
      ? (JSON.parse(readFileSync(benchFile, 'utf8')) as { firstPaint?: FirstPaintFigures }).firstPaint
      : undefined;
  const figures = await benchFirstPaint(
    dist,
    pages,
    Number(process.env.BENCH_FIRST_PAINT_RUNS ?? 5),
    Number(process.env.BENCH_FIRST_PAINT_LOADS ?? 9),
  );
  printFirstPaint(figures, previous);
  mkdirSync(results, { recursive: true });
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  return figures;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { readContent } = await import('../src/lib/content/readContent');
  const { routes } = await import('../src/lib/site/routes');
  const root = path.resolve(import.meta.dirname, '..');
  const { content } = readContent(path.join(root, 'content'), root);
  await firstPaintSection(
    path.join(root, 'dist'),
    content.stories.map((s) => routes.story(s.slug)),
    path.join(root, 'bench-results'),
  );
}
