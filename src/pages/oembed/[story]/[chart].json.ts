import type { APIRoute } from 'astro';
import { readStories } from '../../../components/readStories';
import { routes } from '../../../lib/site/routes';
import { chartTitle } from '../../../lib/embed/chartTitles';
import { embedCode, embedMinHeight } from '../../../lib/embed/embedCode';
import { charts, type Chart } from '../../../lib/embed/embedOptions';

export async function getStaticPaths() {
  const stories = await readStories();
  return stories.flatMap((story) => charts.map((chart) => ({ params: { story: story.id, chart } })));
}

/** oEmbed (type "rich") for one chart: the same embed code the journalists' page offers. */
export const GET: APIRoute = ({ params, site }) => {
  const chart = params.chart as Chart;
  const slug = params.story!;
  const base = site!.href;
  const body = {
    version: '1.0',
    type: 'rich',
    title: chartTitle(chart).title,
    provider_name: 'The graphics desk',
    provider_url: base,
    html: embedCode(base, slug, chart, chartTitle(chart).title),
    width: 640,
    height: embedMinHeight(chart),
    thumbnail_url: new URL(routes.download(slug, chart, 'share'), base).href,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
