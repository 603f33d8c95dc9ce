import type { StepState } from '../lib/story/stepState';
import type { GraphicContent } from './content';

/** What each graphic's build.ts provides: its models from content, and what its element needs. */
export interface GraphicBuilder<Built = unknown, ClientModel = unknown> {
  /** Every layout's models, computed once per build. */
  build(content: GraphicContent): Built;
  /** The data its custom element needs in the browser (shipped as JSON beside the figure). */
  clientModel(built: Built, content: GraphicContent): ClientModel;
  /** The caption's words for a step's state ('' where the graphic's model says it, as the map's views do). */
  describe(state: StepState, content: GraphicContent): string;
}
