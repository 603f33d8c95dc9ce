import type { Chart } from '../embed/embedOptions';

/**
 * Every address the site publishes, in one place: pages, embeds, oEmbed and downloads are all keyed
 * by the story's slug, so two stories never share a URL and a chart is always addressed per story.
 */
export const routes = {
  /** The story index, listing every story. */
  home: () => '/',
  story: (slug: string) => `/${slug}/`,
  /** The journalists' page: every story's charts, with codes and downloads. */
  embeds: () => '/embed/',
  embed: (slug: string, chart: Chart) => `/embed/${slug}/${chart}/`,
  oembed: (slug: string, chart: Chart) => `/oembed/${slug}/${chart}.json`,
  download: (slug: string, chart: Chart, kind: 'svg' | 'png' | 'share') =>
    `/downloads/${slug}/${chart}${kind === 'share' ? '-share.png' : `.${kind}`}`,
} as const;

/** Top-level names the site uses for itself; a story slug may not take one. */
export const reservedSlugs = [
  'embed',
  'oembed',
  'downloads',
  '_astro',
  'favicon.svg',
  'embed.js',
  'embed-theme.js',
];
