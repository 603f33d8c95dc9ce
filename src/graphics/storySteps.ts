import { parseSteps } from '../lib/content/parseStory';
import { stepState, type StepState } from '../lib/story/stepState';
import { readGraphics } from './readGraphics';
import { stepData, type StepData } from './stepsData';

/** A story's steps, read once from its MDX: each one's state and what the browser is told of it. */
export async function storySteps(body: string): Promise<Array<{ state: StepState; data: StepData }>> {
  const { content } = await readGraphics();
  return parseSteps(body).map((s) => {
    const state = stepState(s.attributes);
    return { state, data: stepData(s.attributes, state, content) };
  });
}
