// After `astro build`: each story's charts as a standalone SVG and a PNG, and a 1200x630 share image,
// made from the very SVG the built embed page contains (same marks, light theme, styles inlined).
// PNGs are cached outside dist/ by a hash of what makes them, so an unchanged chart is not rendered again.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { charts } from '../src/lib/embed/embedOptions';
import { builtFile, routes } from '../src/lib/site/routes';
import { inlineSharedShapes } from './sharedShapes';
import { xml } from '../src/graphics/stepFigureFile';

const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSerif.ttf'].map((f) => path.join(fontDir, f));

/** Where rendered PNGs are kept between builds: DOWNLOADS_CACHE, else node_modules/.cache/downloads. */
const cacheDir = path.resolve(
  process.env.DOWNLOADS_CACHE ?? path.join(import.meta.dirname, '../node_modules/.cache/downloads'),
);
// Everything besides the SVG that decides the pixels: the renderer's version and the fonts.
const renderer = [
  `resvg ${(require('@resvg/resvg-js/package.json') as { version: string }).version}`,
  ...fonts.map((f) => `${path.basename(f)} ${statSync(f).size}`),
].join('\n');
const renders = { made: 0, cached: 0 };
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** The element starting at `start` up to its matching closing tag (SVG graphics hold no nested <svg>). */
function elementAt(html: string, start: number, tag = 'svg'): string {
  const end = html.indexOf(`</${tag}>`, start);
  if (start < 0 || end < 0) throw new Error(`no <${tag}> found`);
  return html.slice(start, end + tag.length + 3);
}

/** CSS with every var(--token) replaced by its light-theme value (rasterisers know no custom properties). */
function resolveTokens(allCss: string): string {
  // Media and container queries would switch layouts or themes: keep plain rules only.
  const css = allCss.replace(/@(media|container|supports)[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  // Light tokens: every plain `:root{...}` block (the dark ones sit under a media query or [data-theme]).
  // A block right after a rule ending in a word (`…#4a5059}:root{`) counts too: the families and the
  // type scale's sizes sit in such a block, and unresolved they fell back to `currentColor`.
  const roots = [...css.matchAll(/(?:^|[}\s]):root\{([^}]*)\}/g)].map((m) => m[1]!).join(';');
  const tokens = new Map<string, string>();
  for (const m of roots.matchAll(/(--[\w-]+):([^;]+)/g))
    if (!tokens.has(m[1]!)) tokens.set(m[1]!, m[2]!.trim());
  let out = css;
  for (let i = 0; i < 3; i++)
    out = out.replace(
      /var\((--[\w-]+)(?:,([^()]*))?\)/g,
      (_, name: string, fallback?: string) => tokens.get(name) ?? fallback?.trim() ?? 'currentColor',
    );
  return out;
}

/** What the embed page prints around its chart (its data-download JSON): the downloads say the same. */
export interface DownloadText {
  title: string;
  description: string;
  alt: string;
  credit: string;
  asOf: string;
  /** The story's title. */
  story: string;
}

function downloadText(html: string): DownloadText {
  const json = /<script type="application\/json" data-download>([\s\S]*?)<\/script>/.exec(html);
  if (!json) throw new Error('the embed page has no data-download JSON');
  return JSON.parse(json[1]!) as DownloadText;
}

/** Words wrapped to lines of at most `chars` characters (DejaVu Sans averages ~0.6 em a character). */
function wrap(text: string, chars: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= chars) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The diagram's legend as the embed page lists it: each relation type's line sample and its words. */
function legendOf(html: string): Array<{ line: string; label: string }> {
  const list = /<ul class="diagram-legend"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<li\b[^>]*>[\s\S]*?(<line\b[^>]*>)(?:<\/line>)?<\/svg>([^<]*)<\/li>/g)].map(
    (m) => ({
      line: m[1]!.replace(/\s?data-astro-cid-\w+(="[^"]*")?/g, '').replace(/>$/, '/>'),
      label: m[2]!.trim(),
    }),
  );
}

/** Text lines as SVG, from a baseline, at a size and colour. */
function textLines(lines: string[], x: number, y: number, size: number, attrs: string): string {
  return lines
    .map(
      (l, i) => `<text x="${x}" y="${y + i * size * 1.35}" font-size="${size}" ${attrs}>${escape(l)}</text>`,
    )
    .join('\n');
}

/**
 * The chart as it is republished: its title and description above, the legend (if it has one), the
 * credit line and the "as of" date below, all at the chart's width.
 */
function published(
  chart: { body: string; width: number; height: number; bg: string; head: string },
  text: DownloadText,
  legend: Array<{ line: string; label: string }>,
): { svg: string; height: number } {
  const pad = 16;
  const chars = (size: number) => Math.floor((chart.width - 2 * pad) / (size * 0.6));
  const title = wrap(text.title, chars(20));
  const description = wrap(text.description, chars(14));
  const top = pad + 20 + (title.length - 1) * 27 + 8 + description.length * 19 + 6;
  const rows = Math.ceil(legend.length / 2);
  const legendTop = top + chart.height + 8;
  const legendSvg = legend
    .map((l, i) => {
      const [x, y] = [pad + (i % 2) * ((chart.width - 2 * pad) / 2), legendTop + Math.floor(i / 2) * 20];
      return `<g transform="translate(${x} ${y})">${l.line.replace('<line', '<line fill="none" stroke="#52525b"')}<text x="40" y="9" font-size="13" fill="#52525b">${escape(l.label)}</text></g>`;
    })
    .join('\n');
  const footTop = legendTop + rows * 20 + (rows ? 8 : 0) + 12;
  const credit = wrap(`${text.credit} ${text.asOf}.`, chars(12));
  const height = Math.ceil(footTop + (credit.length - 1) * 16 + pad);
  const svg = [
    chart.head.replace(
      /viewBox="[^"]*" width="[^"]*" height="[^"]*"/,
      `viewBox="0 0 ${chart.width} ${height}" width="${chart.width}" height="${height}"`,
    ),
    `<rect width="100%" height="100%" fill="${chart.bg}"/>`,
    textLines(title, pad, pad + 20, 20, 'font-weight="700" fill="#1a1a1a"'),
    textLines(description, pad, pad + 20 + (title.length - 1) * 27 + 26, 14, 'fill="#1a1a1a"'),
    // A nested SVG clips the chart to its box: the map's land runs on past its frame.
    `<svg y="${top}" width="${chart.width}" height="${chart.height}" viewBox="0 0 ${chart.width} ${chart.height}">`,
    chart.body,
    '</svg>',
    legend.length ? `<g class="download-legend">${legendSvg}</g>` : '',
    textLines(credit, pad, footTop, 12, 'fill="#52525b"'),
    '</svg>',
  ].join('\n');
  return { svg, height };
}

function standaloneSvg(
  html: string,
  dist: string,
  text: DownloadText,
): { svg: string; chart: string; width: number; height: number; chartHeight: number } {
  // The chart's wide layout, and the definitions its figures share (the embed page has only its chart's).
  const figure = elementAt(html, html.search(/<svg class="[^"]*"[^>]*data-variant="wide"/));
  const [, width, height] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(figure)!.map(Number) as [
    number,
    number,
    number,
  ];
  const defsAt = html.search(/<svg class="[\w-]+-defs"/);
  const defs = defsAt >= 0 ? /<defs[^>]*>[\s\S]*?<\/defs>/.exec(elementAt(html, defsAt))![0] : '';
  // Stylesheet addresses carry the base path (BASE_PATH); inside dist/ the files sit at its root.
  const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
  const linked = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) =>
    readFileSync(
      path.join(dist, base && m[1]!.startsWith(`${base}/`) ? m[1]!.slice(base.length) : m[1]!),
      'utf8',
    ),
  );
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  // The shapes the figure draws from the graphics' shared files (the map's geometry) come inside it.
  const shared = inlineSharedShapes(figure.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, ''), dist);
  const css = [...inline, ...linked, shared.css].join('\n');
  const inner = shared.markup;
  const bg = /--bg:([^;]+)/.exec(css)?.[1] ?? '#fff';
  // HTML to XML, marks hidden in this state left out (the rasteriser trips on some of them): as the
  // steps' image files do.
  const head = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="DejaVu Sans, sans-serif" role="img" aria-labelledby="download-title download-desc">`,
    `<title id="download-title">${escape(text.title)}</title>`,
    `<desc id="download-desc">${escape(text.alt)}</desc>`,
    `<style>${resolveTokens(css)}</style>`,
  ].join('\n');
  const body = [
    xml(defs.replace('</defs>', `${shared.defs}</defs>`)),
    // A group carries the chart's base class, so its rules apply; sizing rules meant for the page's <svg> do not.
    `<g class="${/^<svg class="([\w-]+)/.exec(figure)![1]}">`,
    xml(inner),
    '</g>',
  ].join('\n');
  // The bare chart (for the share card), and the chart framed for republishing (the downloads).
  const chart = [head, `<rect width="100%" height="100%" fill="${bg}"/>`, body, '</svg>'].join('\n');
  const framed = published({ body, width, height, bg, head }, text, legendOf(html));
  return { svg: framed.svg, chart, width, height: framed.height, chartHeight: height };
}

function render(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'width', value: width },
    font: {
      fontFiles: fonts,
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Sans',
      sansSerifFamily: 'DejaVu Sans',
      serifFamily: 'DejaVu Serif',
    },
  });
  return resvg.render().asPng();
}

/** The PNG of an SVG at a width: from the cache when the same SVG was rendered before by the same renderer. */
function cachedRender(svg: string, width: number): Buffer {
  const key = createHash('sha256').update(`${renderer}\n${width}\n${svg}`).digest('hex');
  const file = path.join(cacheDir, `${key}.png`);
  if (existsSync(file)) {
    renders.cached++;
    return readFileSync(file);
  }
  const png = render(svg, width);
  mkdirSync(cacheDir, { recursive: true });
  // Written aside, then renamed: a build running at the same time never reads half a file.
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  renders.made++;
  return png;
}

/** A 1200x630 card: the story's title, the chart's and the credit on the left, the chart itself on the right. */
export function shareCard(text: DownloadText, chartSvg: string, width: number, height: number): string {
  const scale = Math.min(620 / width, 570 / height);
  const [w, h] = [width * scale, height * scale];
  const words = text.story.split(' ');
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && (last + ' ' + word).length <= 19) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  const inner = chartSvg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 1200 630" width="1200" height="630">
<rect width="1200" height="630" fill="#fbfaf7"/>
<rect width="1200" height="10" fill="#a4262c"/>
<text x="48" y="92" font-family="DejaVu Sans" font-size="22" font-weight="700" fill="#a4262c" letter-spacing="2">EXPLAINER</text>
<title>${escape(text.story)}</title>
<desc>${escape(`${text.title}. ${text.alt}`)}</desc>
${lines.map((l, i) => `<text x="48" y="${150 + i * 44}" font-family="DejaVu Sans" font-size="34" font-weight="700" fill="#1a1a1a">${escape(l)}</text>`).join('\n')}
<text x="48" y="556" font-family="DejaVu Sans" font-size="20" fill="#52525b">The graphics desk</text>
<text x="48" y="586" font-family="DejaVu Sans" font-size="18" fill="#52525b">${escape(text.asOf)}</text>
<svg x="${1200 - w - 40}" y="${(630 - h) / 2}" width="${w}" height="${h}" viewBox="0 0 ${width} ${height}">${inner}</svg>
</svg>`;
}

/** Writes every story's downloads into the built site at `dist`. */
export function buildDownloads(dist: string, slugs: readonly string[]): void {
  for (const slug of slugs) {
    for (const chart of charts) {
      const html = readFileSync(path.join(dist, builtFile(routes.embed(slug, chart))), 'utf8');
      const text = downloadText(html);
      const { svg, chart: bare, width, chartHeight } = standaloneSvg(html, dist, text);
      const file = (kind: 'svg' | 'png' | 'share') => path.join(dist, routes.download(slug, chart, kind));
      mkdirSync(path.dirname(file('svg')), { recursive: true });
      writeFileSync(file('svg'), svg);
      writeFileSync(file('png'), cachedRender(svg, width * 2));
      writeFileSync(file('share'), cachedRender(shareCard(text, bare, width, chartHeight), 1200));
    }
  }
  console.log(
    `Downloads for ${slugs.length} stories (${charts.join(', ')}: SVG, 2× PNG, 1200×630 share card): ` +
      `${renders.made} PNGs rendered, ${renders.cached} unchanged from ${path.relative(process.cwd(), cacheDir)}/.`,
  );
}
