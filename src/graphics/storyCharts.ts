import type { CollectionEntry } from 'astro:content';
import { chartText, type ChartText } from '../lib/embed/chartTitles';
import type { Chart } from '../lib/embed/embedOptions';
import { readGraphics } from './readGraphics';
import { storySteps } from './storySteps';

/** The text of each chart of a story, with its defaults resolved (the map's from the view it opens on). */
export async function storyChartText(story: CollectionEntry<'stories'>, chart: Chart): Promise<ChartText> {
  const { views } = await readGraphics();
  const steps = await storySteps(story);
  const opening = steps[0]?.state.map ?? views[0]?.id;
  return chartText(
    chart,
    story.data,
    views.find((v) => v.id === opening),
  );
}
