import type { Chart } from '../embed/embedOptions';

/**
 * The path the site is published under, without a trailing slash: '' at a host's root, or e.g.
 * '/explainers': BASE_PATH at build time, which astro.config.mjs both gives Astro as `base` and
 * writes into the code as __BASE_PATH__. Scripts that run outside Astro see '' and use these paths
 * as file paths inside dist/.
 */
declare const __BASE_PATH__: string | undefined;
const base = (typeof __BASE_PATH__ === 'string' ? __BASE_PATH__ : '').replace(/\/+$/, '');

/**
 * Every address the site publishes, in one place: pages, embeds, oEmbed and downloads are all keyed
 * by the story's slug, so two stories never share a URL and a chart is always addressed per story.
 */
export const routes = {
  /** The story index, listing every story. */
  home: () => `${base}/`,
  story: (slug: string) => `${base}/${slug}/`,
  /** The journalists' page: every story's charts, with codes and downloads. */
  embeds: () => `${base}/embed/`,
  embed: (slug: string, chart: Chart) => `${base}/embed/${slug}/${chart}/`,
  oembed: (slug: string, chart: Chart) => `${base}/oembed/${slug}/${chart}.json`,
  download: (slug: string, chart: Chart, kind: 'svg' | 'png' | 'share') =>
    `${base}/downloads/${slug}/${chart}${kind === 'share' ? '-share.png' : `.${kind}`}`,
  /**
   * A step's static figure in one layout, as a standalone SVG: the image a reader without scripts
   * sees in the step (src/pages/[story]/figures/[file].svg.ts).
   */
  stepFigure: (slug: string, step: string, variant: string) =>
    `${base}/${slug}/figures/${step}-${variant}.svg`,
  /** The RSS feed of the stories. */
  feed: () => `${base}/feed.xml`,
  /** The sitemap's index (written by @astrojs/sitemap). */
  sitemap: () => `${base}/sitemap-index.xml`,
  /** A file the graphics share between pages (src/graphics/sharedFiles.ts), named by its content's hash. */
  graphicFile: (name: string) => `${base}/graphics/${name}`,
  /** A file served as is from public/: favicon.svg, embed.js, embed-theme.js. */
  asset: (file: string) => `${base}/${file}`,
} as const;

/** The file inside the built site that serves an address: /embed/qatar/map/ → embed/qatar/map/index.html. */
export function builtFile(sitePath: string): string {
  const relative = sitePath.replace(/^\/+/, '');
  return relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative;
}

/** Top-level names the site uses for itself; a story slug may not take one. */
export const reservedSlugs = [
  'embed',
  'oembed',
  'downloads',
  'graphics',
  '_astro',
  'favicon.svg',
  'embed.js',
  'embed-theme.js',
  'feed.xml',
  'sitemap-index.xml',
  'sitemap-0.xml',
];
