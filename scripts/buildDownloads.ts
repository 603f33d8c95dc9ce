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
  const roots = [...css.matchAll(/(?<![\w\])])(?:^|[}\s]):root\{([^}]*)\}/g)].map((m) => m[1]!).join(';');
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
interface DownloadText {
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

function standaloneSvg(
  html: string,
  dist: string,
  text: DownloadText,
): { svg: string; width: number; height: number } {
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
  const css = [...inline, ...linked].join('\n');
  const inner = figure.replace(/^<svg[^>]*>/, '').replace(/<\/svg>$/, '');
  const bg = /--bg:([^;]+)/.exec(css)?.[1] ?? '#fff';
  // HTML serialisation to XML: drop Astro's value-less scoping attributes, the only boolean ones here.
  // Marks hidden in this state are left out: invisible anyway, and the rasteriser trips on some of them.
  const xml = (markup: string) =>
    markup
      .replace(/\sdata-astro-cid-\w+(="[^"]*")?/g, '')
      .replace(/<(use|text)\b[^>]*data-(?:active|visible)="false"[^>]*>[\s\S]*?<\/\1>/g, '')
      .replace(/<g\b[^>]*data-visible="false"[^>]*>[\s\S]*?<\/g>/g, '');
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="DejaVu Sans, sans-serif" role="img" aria-labelledby="download-title download-desc">`,
    `<title id="download-title">${escape(text.title)}</title>`,
    `<desc id="download-desc">${escape(text.alt)}</desc>`,
    `<style>${resolveTokens(css)}</style>`,
    `<rect width="100%" height="100%" fill="${bg}"/>`,
    xml(defs),
    // A group carries the chart's base class, so its rules apply; sizing rules meant for the page's <svg> do not.
    `<g class="${/^<svg class="([\w-]+)/.exec(figure)![1]}">`,
    xml(inner),
    '</g>',
    '</svg>',
  ].join('\n');
  return { svg, width, height };
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
function shareCard(text: DownloadText, chartSvg: string, width: number, height: number): string {
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
<text x="48" y="580" font-family="DejaVu Sans" font-size="20" fill="#52525b">The graphics desk. ${escape(text.asOf)}</text>
<svg x="${1200 - w - 40}" y="${(630 - h) / 2}" width="${w}" height="${h}" viewBox="0 0 ${width} ${height}">${inner}</svg>
</svg>`;
}

/** Writes every story's downloads into the built site at `dist`. */
export function buildDownloads(dist: string, slugs: readonly string[]): void {
  for (const slug of slugs) {
    for (const chart of charts) {
      const html = readFileSync(path.join(dist, builtFile(routes.embed(slug, chart))), 'utf8');
      const text = downloadText(html);
      const { svg, width, height } = standaloneSvg(html, dist, text);
      const file = (kind: 'svg' | 'png' | 'share') => path.join(dist, routes.download(slug, chart, kind));
      mkdirSync(path.dirname(file('svg')), { recursive: true });
      writeFileSync(file('svg'), svg);
      writeFileSync(file('png'), cachedRender(svg, width * 2));
      writeFileSync(file('share'), cachedRender(shareCard(text, svg, width, height), 1200));
    }
  }
  console.log(
    `Downloads for ${slugs.length} stories (${charts.join(', ')}: SVG, 2× PNG, 1200×630 share card): ` +
      `${renders.made} PNGs rendered, ${renders.cached} unchanged from ${path.relative(process.cwd(), cacheDir)}/.`,
  );
}
