import type { APIRoute } from 'astro';
import { chartTitles } from '../../lib/embed/chartTitles';
import { embedCode, embedMinHeight } from '../../lib/embed/embedCode';
import { charts, type Chart } from '../../lib/embed/embedOptions';

export function getStaticPaths() {
  return charts.map((chart) => ({ params: { chart } }));
}

/** oEmbed (type "rich") for one chart: the same embed code the journalists' page offers. */
export const GET: APIRoute = ({ params, site }) => {
  const chart = params.chart as Chart;
  const base = site!.href;
  const body = {
    version: '1.0',
    type: 'rich',
    title: chartTitles[chart].title,
    provider_name: 'The graphics desk',
    provider_url: base,
    html: embedCode(base, chart, chartTitles[chart].title),
    width: 640,
    height: embedMinHeight[chart],
    thumbnail_url: new URL(`/downloads/${chart}-share.png`, base).href,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
