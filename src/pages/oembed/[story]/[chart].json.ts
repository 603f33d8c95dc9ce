import type { APIRoute } from 'astro';
import type { CollectionEntry } from 'astro:content';
import { readStories } from '../../../components/readStories';
import { routes } from '../../../lib/site/routes';
import { storyChartText } from '../../../graphics/storyCharts';
import { embedCode, embedMinHeight, embedWidth } from '../../../lib/embed/embedCode';
import { charts, type Chart } from '../../../lib/embed/embedOptions';

export async function getStaticPaths() {
  const stories = await readStories();
  return stories.flatMap((story) =>
    charts.map((chart) => ({ params: { story: story.id, chart }, props: { story } })),
  );
}

/** oEmbed (type "rich") for one chart: the same embed code the journalists' page offers. */
export const GET: APIRoute = async ({ params, props, site }) => {
  const chart = params.chart as Chart;
  const slug = params.story!;
  const base = site!.href;
  const { title } = await storyChartText((props as { story: CollectionEntry<'stories'> }).story, chart);
  const body = {
    version: '1.0',
    type: 'rich',
    title,
    provider_name: 'The graphics desk',
    provider_url: base,
    html: embedCode(base, slug, chart, title),
    width: embedWidth,
    height: embedMinHeight(chart),
    thumbnail_url: new URL(routes.download(slug, chart, 'share'), base).href,
    thumbnail_width: 1200,
    thumbnail_height: 630,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json+oembed' },
  });
};
