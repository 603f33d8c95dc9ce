// The steps' static figures as image files, made in the build from the same components as every
// other figure (rendered with Astro's container API), so the picture a reader without scripts gets
// is the one the live graphic draws at that step.
import StepFigure from '../components/StepFigure.astro';
import type { StepState } from '../lib/story/stepState';
import { defsOf } from './figures';
import { renderComponent as render } from './renderComponent';
import { sharedFiles } from './sharedFiles';
import type { GraphicId } from './registry';
import { stepFigureFile } from './stepFigureFile';

/**
 * The layouts a step's <picture> offers: the narrow one, and the wide one from the width at which
 * the figure's frame (the text column, its padding aside) reaches the graphics' 520 px breakpoint
 * (src/styles/map.css and the others), as the figure in the page would switch.
 */
export const pictureLayouts = ['narrow', 'wide'] as const;
export const wideFrom = '(min-width: 35rem)';

const styles = import.meta.glob<string>('../styles/*.css', { query: '?raw', import: 'default', eager: true });
const style = (file: string) => {
  const css = styles[`../styles/${file}`];
  if (css === undefined) throw new Error(`src/styles/${file} is missing`);
  return css;
};

/**
 * The CSS a file carries: the colour tokens, light and dark (an image follows the reader's scheme),
 * the type scale (families and the charts' sizes), and the graphic's own stylesheet.
 */
function fileCss(graphic: GraphicId): string {
  // A graphic's own stylesheet, where it has one (src/styles/<id>.css).
  const own = styles[`../styles/${graphic}.css`] ?? '';
  return [style('tokens.css'), style('type.css'), own].join('\n');
}

/**
 * The inner markup of the <defs> a graphic's figures point at ('' for none): where the build puts
 * that geometry is this one function's business: the graphic's Defs.astro, and the shared files.
 */
export async function graphicDefs(graphic: GraphicId): Promise<string> {
  const Defs = defsOf(graphic);
  const own = Defs ? /<defs[^>]*>([\s\S]*?)<\/defs>/.exec(await render(Defs)) : undefined;
  if (Defs && !own) throw new Error(`src/graphics/${graphic}/Defs.astro wrote no <defs>`);
  // The shapes in the graphics' shared files (the map's geometry): a file copies in those it uses.
  const shared = (await sharedFiles())
    .filter((f) => f.name.endsWith('.svg'))
    .map((f) => /<defs>([\s\S]*?)<\/defs>/.exec(f.body)?.[1] ?? '');
  return [own?.[1] ?? '', ...shared].join('');
}

/** A step's figure in one layout, as an SVG file. */
export async function stepFigureSvg(state: StepState, variant: string) {
  const figure = await render(StepFigure, { state });
  return stepFigureFile({
    figure,
    variant,
    defs: await graphicDefs(state.graphic),
    css: fileCss(state.graphic),
  });
}
