// `npm run bench`: builds, then prints figures against SPEC.md's bars (and writes them as JSON):
// build time, page weight by type (raw and brotli), requests and requests to other hosts, LCP and CLS
// of each page's load, map data bytes, model times, long tasks while scrolling with 4x CPU
// slowdown, the frames and tasks the graphics' work is spread over, Lighthouse, and each story's first
// paint (scripts/benchFirstPaint.ts). It asserts nothing: the tests assert bytes, the bench reports times.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Geography } from '../src/lib/geography';
import { mapSizeFor, mapViewModel } from '../src/graphics/map/mapModel';
import { readContent } from '../src/lib/content/readContent';
import { charts } from '../src/lib/embed/embedOptions';
import { builtFile, routes } from '../src/lib/site/routes';
import { pageAssets, weigh } from './pageWeight';
import { benchLighthouse } from './benchLighthouse';
import { benchFrames } from './benchFrames';
import { benchScroll } from './benchScroll';
import { benchKeyboard } from './benchKeyboard';
import { benchLoad } from './benchLoad';
import { benchStories } from './benchStories';
import { benchReading } from './benchReading';
import { firstPaintSection } from './benchFirstPaint';
import { storyHtmlRawBudget, storyLcpBarMs } from './budgets';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const brotli = (b: Buffer | string) =>
  brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const table = (rows: string[][]) => {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows)
    console.log(r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
  console.log();
};

// The build, timed as an editor would run it (geography, Astro, downloads, headers).
const buildStart = performance.now();
for (const script of ['scripts/prepareGeography.ts', 'scripts/build.ts']) {
  const run = spawnSync(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), script], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
const buildSeconds = (performance.now() - buildStart) / 1000;
if (!existsSync(dist)) {
  console.error('dist/ is missing after the build.');
  process.exit(1);
}
console.log(`Build: ${buildSeconds.toFixed(1)} s (geography, Astro, downloads and share cards, headers)\n`);

// Page weight: every file each page loads (module imports followed), grouped by type.
const { content } = readContent(path.join(root, 'content'), root);
const lead = content.stories[0]!.slug;
const html = readFileSync(path.join(dist, builtFile(routes.story(lead))), 'utf8');
const pageList = [
  routes.home(),
  ...content.stories.flatMap((s) => [routes.story(s.slug), ...charts.map((c) => routes.embed(s.slug, c))]),
];
const barFor = (page: string) =>
  page.startsWith(routes.embeds()) ? 'all ≤ 40 KB' : 'JS ≤ 20 KB, all ≤ 80 KB';
for (const page of pageList) {
  const { byType, total } = weigh(pageAssets(dist, builtFile(page)));
  console.log(`${page} (bars, brotli: ${barFor(page)})`);
  table([
    ['type', 'raw', 'brotli'],
    ...[...byType].map(([t, v]) => [t, kb(v.raw), kb(v.brotli)]),
    ['total', kb(total.raw), kb(total.brotli)],
  ]);
}
console.log(
  'For scale (SPEC.md): the same page built with Observable Framework ships 166 KB brotli (110 KB JS); Vite + d3 + Scrollama, 813 KB (29 KB JS).\n',
);

// Loads: every page opened in Chromium (phone viewport, 4x CPU), requests counted.
console.log('Page loads, phone viewport, 4x CPU slowdown (bars: 0 requests to other hosts, CLS 0)');
const loads = await benchLoad(dist, pageList);
table([
  ['page', 'requests', 'other hosts', 'transferred', 'LCP', 'CLS'],
  ...loads.map((l) => [
    l.page,
    String(l.requests),
    String(l.otherHostRequests),
    kb(l.transferredBytes),
    `${l.lcpMs} ms`,
    l.cls.toFixed(4),
  ]),
]);

// Map data: what the build reads, and what the page ships.
const geographyFile = path.join(root, 'src/generated/geography.json');
const geography = JSON.parse(readFileSync(geographyFile, 'utf8')) as Geography;
const start = html.indexOf('<svg class="map-defs');
const shipped = html.slice(start, html.indexOf('</svg>', start) + 6);
console.log('Map data (bar: shipped geometry ≤ 25 KB brotli)');
table([
  ['what', 'raw', 'brotli'],
  [
    'world-atlas countries-10m.json (input)',
    kb(statSync(path.join(root, 'node_modules/world-atlas/countries-10m.json')).size),
    '-',
  ],
  [
    'src/generated/geography.json (build)',
    kb(statSync(geographyFile).size),
    kb(brotli(readFileSync(geographyFile))),
  ],
  ['map geometry in the page (<svg class="map-defs">)', kb(shipped.length), kb(brotli(shipped))],
]);

// Model time: each view at three widths, median of 50 runs after 5 warm-ups.
const rows = [['view', ...[320, 768, 1440].map((w) => `${w} px`)]];
for (const view of content.views) {
  rows.push([
    view.id,
    ...[320, 768, 1440].map((width) => {
      const run = () => mapViewModel(geography, content.places, view, mapSizeFor(width));
      for (let i = 0; i < 5; i++) run();
      const times = Array.from({ length: 50 }, () => {
        const t0 = performance.now();
        run();
        return performance.now() - t0;
      }).sort((a, b) => a - b);
      return `${times[25]!.toFixed(2)} ms`;
    }),
  ]);
}
console.log('Map view model, median compute time');
table(rows);
const passes = Number(process.env.BENCH_SCROLL_PASSES ?? 3);
console.log(
  `Scrolling through every step, 4x CPU slowdown, ${passes} passes per viewport (bars: 0 long tasks in every pass, CLS 0)`,
);
const scroll = await benchScroll(dist, routes.story(lead), passes);
table([
  [
    'viewport',
    'pass',
    'steps',
    'long tasks',
    'longest task',
    'frames > 50 ms',
    'longest frame',
    'of it blocked',
    'CLS',
  ],
  ...scroll.map((r) => [
    r.viewport,
    String(r.pass),
    String(r.steps),
    String(r.longTasks),
    r.longTasks ? `${r.longestTaskMs.toFixed(0)} ms` : '-',
    String(r.longAnimationFrames),
    r.longAnimationFrames ? `${r.longestFrameMs.toFixed(0)} ms` : '< 50 ms',
    r.longAnimationFrames ? `${r.frameBlockingMs.toFixed(0)} ms` : '-',
    r.cls.toFixed(4),
  ]),
]);
const withLongTasks = scroll.filter((r) => r.longTasks > 0);
for (const r of withLongTasks)
  console.log(`long tasks, ${r.viewport} pass ${r.pass}, after step: ${r.longTaskPlaces.join(', ')}`);
if (withLongTasks.length > 0) console.log();
// The keyboard reading contract (issue 24, item 5): 60 Tab presses through each story at each size.
console.log(
  'Keyboard: 60 Tab presses from the top of each story (the reading contract asks 0 focus lost, 0 off screen, 0 without a ring, 0 jumps of more than one step)',
);
const keyboard = await benchKeyboard(
  dist,
  content.stories.map((s) => routes.story(s.slug)),
);
table([
  [
    'story',
    'viewport',
    'presses',
    'focus lost',
    'off screen',
    'no ring',
    'multi-step jumps',
    'past the end',
    'steps reached',
  ],
  ...keyboard.map((k) => [
    k.story,
    k.viewport,
    String(k.presses),
    String(k.focusLost),
    String(k.offScreen),
    String(k.noRing),
    String(k.multiStepJumps),
    String(k.leftPage),
    k.stepsReached,
  ]),
]);
// Frames, tasks and compilations the browser tests check only in order (scripts/benchFrames.ts).
console.log('Frames, tasks and compilations (Chromium, 1280 × 860)');
const frames = await benchFrames(dist, routes.story(lead));
table([['what', 'measured'], ...frames.map((f) => [f.what, f.figure])]);
// The reading contract at four screens (scripts/benchReading.ts): the tests assert it, this prints it.
await benchReading(
  dist,
  content.stories.map((s) => s.slug),
);
// Five runs, as Lighthouse's variability guide advises: on a 2-core machine the same page of the
// same build has given a TBT of 47 ms and of 461 ms in runs an hour apart.
const lhRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 5);
console.log(
  `Lighthouse, mobile, ${lhRuns} runs per page (bar: 100 in every category, in the median run as Lighthouse's variability guide advises)`,
);
const lighthouse = await benchLighthouse(dist, [routes.story(lead), routes.embed(lead, 'map')], lhRuns);
table([
  ['page', 'run', 'performance', 'accessibility', 'best practices', 'SEO', 'FCP', 'LCP', 'TBT'],
  ...lighthouse.map((r) => [
    r.page,
    String(r.run),
    String(r.performance),
    String(r.accessibility),
    String(r.bestPractices),
    String(r.seo),
    `${Math.round(r.metrics['first-contentful-paint']!.value)} ms (${r.metrics['first-contentful-paint']!.score})`,
    `${r.lcpMs} ms (${r.metrics['largest-contentful-paint']!.score})`,
    `${Math.round(r.metrics['total-blocking-time']!.value)} ms (${r.metrics['total-blocking-time']!.score})`,
  ]),
]);

// First paint of every story (scripts/benchFirstPaint.ts): Lighthouse's LCP and FCP, what blocks
// them, the HTML's bytes and the first layout, printed beside the previous run's figures.
const results = path.join(root, 'bench-results');
const firstPaint = await firstPaintSection(
  dist,
  content.stories.map((s) => routes.story(s.slug)),
  results,
);

// Every bar of SPEC.md, with the figure measured against it.
const weights = pageList.map((page) => ({ page, ...weigh(pageAssets(dist, builtFile(page))) }));
const storyWeights = weights.filter((w) => !w.page.startsWith(routes.embeds()) && w.page !== routes.home());
const embedWeights = weights.filter((w) => w.page.startsWith(routes.embeds()));
const maxOf = (list: number[]) => Math.max(...list);
const storyJs = maxOf(storyWeights.map((w) => w.byType.get('js')?.brotli ?? 0));
const storyAll = maxOf(storyWeights.map((w) => w.total.brotli));
const embedAll = maxOf(embedWeights.map((w) => w.total.brotli));
const lhMin = (r: (typeof lighthouse)[number]) =>
  Math.min(r.performance, r.accessibility, r.bestPractices, r.seo);
/** Per page, each run's lowest category, sorted, and the median of them. */
const lhPages = [...new Set(lighthouse.map((r) => r.page))].map((page) => {
  const lows = lighthouse
    .filter((r) => r.page === page)
    .map(lhMin)
    .sort((a, b) => a - b);
  return { page, median: lows[Math.floor((lows.length - 1) / 2)]!, lows };
});
const bars = [
  ['explainer JavaScript (largest story, brotli)', '≤ 20 KB', kb(storyJs), storyJs <= 20 * 1024],
  ['explainer, everything (largest story, brotli)', '≤ 80 KB', kb(storyAll), storyAll <= 80 * 1024],
  ['  for scale: Observable Framework build of the same page', '', '166 KB (110 KB JS)', true],
  ['  for scale: Vite + d3 + Scrollama build', '', '813 KB (29 KB JS)', true],
  ['an embed, everything (largest, brotli)', '≤ 40 KB', kb(embedAll), embedAll <= 40 * 1024],
  [
    'requests to other hosts (all pages)',
    '0',
    String(loads.reduce((n, l) => n + l.otherHostRequests, 0)),
    loads.every((l) => l.otherHostRequests === 0),
  ],
  [
    'CLS (all loads and scrolls)',
    '0',
    maxOf([...loads.map((l) => l.cls), ...scroll.map((r) => r.cls)]).toFixed(4),
    [...loads, ...scroll].every((r) => r.cls === 0),
  ],
  [
    'long tasks while scrolling every step, 4x CPU (worst pass)',
    '0',
    [...new Set(scroll.map((r) => r.viewport))]
      .map((v) => `${maxOf(scroll.filter((r) => r.viewport === v).map((r) => r.longTasks))} (${v})`)
      .join(', '),
    scroll.every((r) => r.longTasks === 0),
  ],
  ...lhPages.map((p) => [
    `Lighthouse mobile, lowest category, median run: ${p.page}`,
    '100',
    `${p.median} (runs: ${p.lows.join(', ')})`,
    p.median === 100,
  ]),
  ...firstPaint.summaries.flatMap((p) => [
    [
      `Lighthouse mobile LCP, median of ${firstPaint.runs} runs: ${p.page}`,
      `≤ ${storyLcpBarMs} ms`,
      `${p.lcpMs.median} ms`,
      p.lcpMs.median <= storyLcpBarMs,
    ],
    [
      `Lighthouse mobile TBT, median of ${firstPaint.runs} runs: ${p.page}`,
      '0 ms',
      p.tbtMs ? `${p.tbtMs.median} ms (${p.tbtMs.min}–${p.tbtMs.max})` : '-',
      p.tbtMs?.median === 0,
    ],
    [
      `story HTML, raw: ${p.page}`,
      `≤ ${kb(storyHtmlRawBudget)}`,
      kb(p.htmlRaw),
      p.htmlRaw <= storyHtmlRawBudget,
    ],
  ]),
] as [string, string, string, boolean][];
console.log("SPEC.md's bars");
table([
  ['bar', 'limit', 'measured', 'holds'],
  ...bars.map(([name, limit, measured, holds]) => [
    name,
    limit,
    measured,
    limit ? (holds ? 'yes' : 'NO') : '',
  ]),
]);

// Every figure above, for tracking over time.
mkdirSync(results, { recursive: true });
const pages = Object.fromEntries(
  pageList.map((page) => {
    const { byType, total } = weigh(pageAssets(dist, builtFile(page)));
    return [page, { total, byType: Object.fromEntries(byType) }];
  }),
);
writeFileSync(
  path.join(results, 'bench.json'),
  `${JSON.stringify(
    {
      buildSeconds,
      pages,
      loads,
      scroll,
      keyboard,
      frames,
      lighthouse,
      firstPaint,
      bars: bars.map(([name, limit, measured, holds]) => ({ name, limit, measured, holds })),
    },
    null,
    2,
  )}\n`,
);
console.log(`Figures written to bench-results/bench.json (${readdirSync(dist).length} entries in dist/).`);

// How build time and size grow with the number of stories, and what the download cache saves.
benchStories();
