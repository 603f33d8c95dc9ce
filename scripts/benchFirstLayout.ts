// The first layout of a story page (issue 27), for
// `npx tsx scripts/benchFirstLayout.ts [dist] [page] [width×height, 1280x800 by default]`:
// the page loaded in Chromium under a DevTools trace, 5 runs, the median time of its first style
// recalculation and first layout (where the fonts the text asks for are looked up), and how many
// distinct font sizes and family lists the page's text uses (each size × family list × weight is
// one more font instance to find, and each named family the system lacks one more lookup that
// fails). It asserts nothing: the build test holds the type scale, this reports the time.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../tests/support/chromium';
import { serveStatic } from '../tests/support/serveStatic';

interface RawEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time, µs: less swayed than `dur` by other work on a busy machine. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: Record<string, unknown>; beginData?: Record<string, unknown> };
}

export interface FirstLayoutFigures {
  page: string;
  runs: number;
  /** Median of the first style recalculation's duration, ms. */
  styleMs: number;
  /** Median of the first layout's duration, ms. */
  layoutMs: number;
  /** Median of the two together, ms. */
  firstLayoutMs: number;
  /** Median of the two together in the main thread's CPU time, ms. */
  firstLayoutCpuMs: number;
  /** Median of the main thread's time in those font events during the two, ms. */
  fontMs: number;
  /**
   * Median count of the renderer's font events in the first layout: font cache lookups (by family
   * and size), family matches asked of the browser process, render settings asked per size.
   */
  fontEvents: Record<string, number>;
  /** Distinct computed font sizes of the elements that hold text and are rendered (SVG text included). */
  fontSizes: string[];
  /** The same over every element with text, hidden ones too (a chart's other layouts, closed details). */
  fontSizesAnywhere: string[];
  /** Distinct computed font-family lists of the rendered text. */
  familyLists: string[];
  /** Distinct size × family list × weight × style of the rendered text: one font instance each. */
  fontDescriptions: number;
  /** Named families the page asks for that the system lacks (each a failed lookup per instance). */
  missingFamilies: string[];
  /** Lookups estimated from the descriptions: each tries its families in order up to one installed. */
  familyLookups: number;
}

// 'fonts' adds Blink's font cache and its round trips to the browser process for fonts and their
// render settings (on Linux each is an IPC to fontconfig there).
const CATEGORIES = 'devtools.timeline,disabled-by-default-devtools.timeline,fonts';
/** The font events of the renderer counted in the first layout. */
const FONT_EVENTS = [
  'FontCache::GetFontPlatformData',
  'FontDataManager::onMatchFamilyStyle',
  'WebSandboxSupportLinux::GetWebFontRenderStyleForStrike',
];
const GENERIC = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  'emoji',
  'fangsong',
]);

/** The families fontconfig knows, lower-cased (what Chromium on Linux can find by name). */
function installedFamilies(): Set<string> {
  const out = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
  return new Set(
    out
      .split('\n')
      .flatMap((l) => l.split(','))
      .map((f) => f.trim().toLowerCase())
      .filter(Boolean),
  );
}

async function trace(cdp: CDPSession, action: () => Promise<void>): Promise<RawEvent[]> {
  const events: RawEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as RawEvent[])));
  const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  await action();
  await cdp.send('Tracing.end');
  await done;
  return events;
}

/**
 * The page's first layout on its main thread, and the style recalculation just before it (the
 * first recalculation of all runs while the parser has no stylesheet yet and costs nothing), with
 * the font events of the renderer between the two's start and the layout's end.
 */
function firstLayout(events: RawEvent[], pid: number, tid: number) {
  const main = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const layout = main.find((e) => e.name === 'Layout');
  if (!layout) throw new Error('No Layout in the trace.');
  const style = main
    .filter((e) => (e.name === 'UpdateLayoutTree' || e.name === 'RecalculateStyles') && e.ts < layout.ts)
    .at(-1);
  const start = style?.ts ?? layout.ts;
  const end = layout.ts + (layout.dur ?? 0);
  const fonts: Record<string, number> = Object.fromEntries(FONT_EVENTS.map((n) => [n, 0]));
  const spans: [number, number][] = [];
  for (const e of events)
    if (e.pid === pid && e.name in fonts && e.ts >= start && e.ts <= end && e.ph !== 'E') {
      fonts[e.name]!++;
      if (e.tid === tid && e.ph === 'X') spans.push([e.ts, e.ts + (e.dur ?? 0)]);
    }
  // The main thread's time in them, nested events counted once.
  spans.sort((a, b) => a[0] - b[0]);
  let fontUs = 0;
  let reach = -Infinity;
  for (const [from, to] of spans) {
    if (to > reach) fontUs += to - Math.max(from, reach);
    reach = Math.max(reach, to);
  }
  return {
    styleMs: (style?.dur ?? 0) / 1000,
    layoutMs: (layout.dur ?? 0) / 1000,
    cpuMs: ((style?.tdur ?? 0) + (layout.tdur ?? 0)) / 1000,
    fontMs: fontUs / 1000,
    fonts,
  };
}

/**
 * The text's fonts: every element with text of its own (an SVG <text> or <tspan> included), and
 * whether it is rendered (text under display: none is never laid out, so asks for no font).
 */
async function fontsInUse(page: Page) {
  return page.evaluate(() => {
    const seen: { size: string; family: string; weight: string; style: string; rendered: boolean }[] = [];
    for (const el of document.querySelectorAll('body *')) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      if (!own) continue;
      const s = getComputedStyle(el);
      seen.push({
        size: s.fontSize,
        family: s.fontFamily,
        weight: s.fontWeight,
        style: s.fontStyle,
        rendered: el.checkVisibility(),
      });
    }
    return seen;
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

export async function benchFirstLayout(
  distDir: string,
  pagePath = '/mediation/',
  runs = 5,
  viewport = { width: 1280, height: 800 },
): Promise<FirstLayoutFigures> {
  const server = await serveStatic(distDir);
  const browser = await launchChromium();
  try {
    const style: number[] = [];
    const layout: number[] = [];
    const both: number[] = [];
    const cpu: number[] = [];
    const fontMs: number[] = [];
    const fontEvents: Record<string, number>[] = [];
    let all: Awaited<ReturnType<typeof fontsInUse>> = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      const url = `${server.url}${pagePath}`;
      const events = await trace(cdp, async () => {
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForTimeout(300);
      });
      // The page's main thread: where its HTML was parsed.
      const parse = events.find(
        (e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(url),
      );
      if (!parse) throw new Error(`No ParseHTML of ${url} in the trace.`);
      const first = firstLayout(events, parse.pid, parse.tid);
      style.push(first.styleMs);
      layout.push(first.layoutMs);
      both.push(first.styleMs + first.layoutMs);
      cpu.push(first.cpuMs);
      fontMs.push(first.fontMs);
      fontEvents.push(first.fonts);
      if (i === 0) all = await fontsInUse(page);
      await context.close();
    }
    const fonts = all.filter((f) => f.rendered);
    const sizes = (fs: typeof all) =>
      [...new Set(fs.map((f) => f.size))].sort((a, b) => parseFloat(a) - parseFloat(b));
    const installed = installedFamilies();
    const families = (list: string) => list.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));
    const exists = (f: string) => GENERIC.has(f.toLowerCase()) || installed.has(f.toLowerCase());
    const familyLists = [...new Set(fonts.map((f) => f.family))];
    const descriptions = [...new Set(fonts.map((f) => `${f.size}|${f.weight}|${f.style}|${f.family}`))];
    const missing = new Set<string>();
    let lookups = 0;
    for (const d of descriptions) {
      for (const f of families(d.split('|')[3]!)) {
        lookups++;
        if (exists(f)) break;
        missing.add(f);
      }
    }
    return {
      page: pagePath,
      runs,
      styleMs: median(style),
      layoutMs: median(layout),
      firstLayoutMs: median(both),
      firstLayoutCpuMs: median(cpu),
      fontMs: median(fontMs),
      fontEvents: Object.fromEntries(FONT_EVENTS.map((n) => [n, median(fontEvents.map((f) => f[n]!))])),
      fontSizes: sizes(fonts),
      fontSizesAnywhere: sizes(all),
      familyLists,
      fontDescriptions: descriptions.length,
      missingFamilies: [...missing],
      familyLookups: lookups,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = path.resolve(process.argv[2] ?? path.join(import.meta.dirname, '..', 'dist'));
  const [width, height] = (process.argv[4] ?? '1280x800').split('x').map(Number);
  const figures = await benchFirstLayout(dist, process.argv[3] ?? '/mediation/', 5, {
    width: width!,
    height: height!,
  });
  console.log(JSON.stringify(figures, null, 2));
}
