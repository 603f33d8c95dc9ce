import type { StepState } from '../lib/story/stepState';
import { builderOf } from './builders';
import type { GraphicContent } from './content';
import { graphics, type GraphicId } from './registry';

/**
 * What the browser is told of a step: its attributes as written in MDX (decoded there by the same
 * stepState() as at build time) and each graphic's caption words for it.
 */
export interface StepData {
  attributes: Readonly<Record<string, string>>;
  descriptions: Partial<Record<GraphicId, string>>;
}

/** A step's data for the page and the embeds. */
export function stepData(
  attributes: Readonly<Record<string, string>>,
  state: StepState,
  content: GraphicContent,
): StepData {
  const descriptions = Object.fromEntries(
    graphics
      .map((g) => [g.id, builderOf(g.id).describe(state, content)] as const)
      .filter(([, words]) => words !== ''),
  );
  return { attributes, descriptions };
}

/** The steps' data as JSON that can sit inside a <script> element. */
export function stepsJson(steps: readonly StepData[]): string {
  return JSON.stringify(steps).replace(/</g, '\\u003c');
}
