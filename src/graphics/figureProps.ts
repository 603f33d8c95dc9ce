import type { StepState } from '../lib/story/stepState';

/** What every graphic's Figure.astro takes. */
export interface FigureProps {
  /** The step state the figure draws. */
  state: StepState;
  /** Unique on the page; prefixes every id inside. */
  idPrefix: string;
  /** The live figure (story or embed): announced changes, interactive details. */
  live?: boolean;
  /** Where the story's source list is: '' on the story's own page, its address in an embed. */
  sourcePage?: string;
  /**
   * The drawing as image files instead of inline SVG (a step's figure for readers without scripts):
   * each picture layout's address. The figure's words stay as they are.
   */
  picture?: { narrow: string; wide: string };
}
