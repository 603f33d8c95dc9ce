import { render, type CollectionEntry } from 'astro:content';
import type { StoryStep } from '../lib/story/parseSteps';
import { stepState, type StepState } from '../lib/story/stepState';
import { readGraphics } from './readGraphics';
import { stepData, type StepData } from './stepsData';

/**
 * A story's steps, as the MDX compiler found them (src/integrations/satteriSteps.ts puts them in
 * its front matter): each one's state and what the browser is told of it.
 */
export async function storySteps(
  story: CollectionEntry<'stories'>,
): Promise<Array<{ state: StepState; data: StepData }>> {
  const { content } = await readGraphics();
  const { remarkPluginFrontmatter } = await render(story);
  const steps = (remarkPluginFrontmatter.steps ?? []) as StoryStep[];
  return steps.map((s) => {
    const state = stepState(s.attributes);
    return { state, data: stepData(s.attributes, state, content) };
  });
}
