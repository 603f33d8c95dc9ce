// Each step's static figure, in each layout its <picture> offers, as a standalone SVG
// (routes.stepFigure): what a reader without scripts sees. Any failure fails the build, so a page
// is never published with its images missing.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readStories } from '../../../components/readStories';
import { pictureLayouts, stepFigureSvg } from '../../../graphics/stepFigureFiles';
import { storySteps } from '../../../graphics/storySteps';
import type { StepState } from '../../../lib/story/stepState';

export const getStaticPaths = (async () => {
  const paths = [];
  for (const story of await readStories())
    for (const { state } of await storySteps(story))
      for (const variant of pictureLayouts)
        paths.push({
          params: { story: story.id, file: `${state.id}-${variant}` },
          props: { state, variant },
        });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { state, variant } = props as { state: StepState; variant: string };
  const { svg } = await stepFigureSvg(state, variant);
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
};
