// `npm run bench`: prints figures, asserts nothing. Run after `npm run build`.
// Map data bytes (raw and brotli), page weight by type, and the time to compute each view's model.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { brotliCompressSync, constants } from 'node:zlib';
import type { Geography } from '../src/lib/geo/geography';
import { mapSizeFor, mapViewModel } from '../src/lib/geo/mapModel';
import { readContent } from '../src/lib/content/readContent';
import { charts } from '../src/lib/embed/embedOptions';
import { routes } from '../src/lib/site/routes';
import { pageAssets, weigh } from './pageWeight';
import { benchLighthouse } from './benchLighthouse';
import { benchScroll } from './benchScroll';

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

if (!existsSync(dist)) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}

// Page weight: every file each page loads (module imports followed), grouped by type.
const { content } = readContent(path.join(root, 'content'), root);
const lead = content.stories[0]!.slug;
const file = (sitePath: string) => `${sitePath.slice(1)}index.html`;
const html = readFileSync(path.join(dist, file(routes.story(lead))), 'utf8');
const pageList = [
  routes.home(),
  ...content.stories.flatMap((s) => [routes.story(s.slug), ...charts.map((c) => routes.embed(s.slug, c))]),
];
const barFor = (page: string) =>
  page.startsWith(routes.embeds()) ? 'all ≤ 40 KB' : 'JS ≤ 20 KB, all ≤ 80 KB';
for (const page of pageList) {
  const { byType, total } = weigh(pageAssets(dist, file(page)));
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
console.log('Scrolling through every step, 4x CPU slowdown (bars: 0 long tasks, CLS 0)');
const scroll = await benchScroll(dist, routes.story(lead));
table([
  ['viewport', 'steps', 'long tasks', 'longest task', 'frames > 50 ms', 'longest frame', 'CLS'],
  ...scroll.map((r) => [
    r.viewport,
    String(r.steps),
    String(r.longTasks),
    r.longTasks ? `${r.longestTaskMs.toFixed(0)} ms` : '-',
    String(r.longAnimationFrames),
    r.longAnimationFrames ? `${r.longestFrameMs.toFixed(0)} ms` : '< 50 ms',
    r.cls.toFixed(4),
  ]),
]);
console.log(
  'Lighthouse, mobile (bar: 100 in every category; an embed is noindex by design, which SEO scores down)',
);
const lighthouse = await benchLighthouse(dist, [routes.story(lead), routes.embed(lead, 'map')]);
table([
  ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP'],
  ...lighthouse.map((r) => [
    r.page,
    String(r.performance),
    String(r.accessibility),
    String(r.bestPractices),
    String(r.seo),
    `${r.lcpMs} ms`,
  ]),
]);

// Every figure above, for tracking over time.
const results = path.join(root, 'bench-results');
mkdirSync(results, { recursive: true });
const pages = Object.fromEntries(
  pageList.map((page) => {
    const { byType, total } = weigh(pageAssets(dist, file(page)));
    return [page, { total, byType: Object.fromEntries(byType) }];
  }),
);
writeFileSync(
  path.join(results, 'bench.json'),
  `${JSON.stringify({ pages, scroll, lighthouse }, null, 2)}\n`,
);
console.log(`Figures written to bench-results/bench.json (${readdirSync(dist).length} entries in dist/).`);
