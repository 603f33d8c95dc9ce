import { graphicInfo } from '../../graphics/registry';
import type { Chart } from './embedOptions';
import { routes } from '../site/routes';

/** The embed's height at 600–640 px wide (the registry's measured constant): whole without any script. */
export const embedMinHeight = (chart: Chart): number => graphicInfo(chart).embedHeight;

/** The width oEmbed declares, the column the embed's height is measured at. */
export const embedWidth = 640;

/**
 * The code a journalist pastes: a plain iframe that works on its own, plus our host script, which
 * sizes it to its content (pages already using Pym.js need no script: the embed speaks its protocol).
 */
export function embedCode(site: string, story: string, chart: Chart, title: string, query = ''): string {
  // The site's origin (SITE_URL); the routes carry the base path, if any.
  const origin = site.replace(/\/$/, '');
  const src = `${origin}${routes.embed(story, chart)}${query ? `?${query}` : ''}`;
  const attrs = [
    `src="${src}"`,
    `title="${title.replace(/"/g, '&quot;')}"`,
    'width="100%"',
    `height="${embedMinHeight(chart)}"`,
    `style="width:100%;min-height:${Math.round(embedMinHeight(chart) * 0.6)}px;border:0"`,
    'loading="lazy"',
    'data-explainer-embed',
  ];
  return `<iframe ${attrs.join(' ')}></iframe><script src="${origin}${routes.asset('embed.js')}" async></script>`;
}
