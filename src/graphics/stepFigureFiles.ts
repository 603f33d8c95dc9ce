// The steps' static figures as image files, made in the build from the same components as every
// other figure (rendered with Astro's container API), so the picture a reader without scripts gets
// is the one the live graphic draws at that step.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import StepFigure from '../components/StepFigure.astro';
import type { StepState } from '../lib/story/stepState';
import { defsOf } from './figures';
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
 * the page's sans-serif stack, and the graphic's own stylesheet.
 */
function fileCss(graphic: GraphicId): string {
  const sans = /--sans:([^;]+);/.exec(style('global.css'))?.[1];
  // A graphic's own stylesheet, where it has one (src/styles/<id>.css).
  const own = styles[`../styles/${graphic}.css`] ?? '';
  return [style('tokens.css'), sans ? `:root{--sans:${sans}}` : '', own].join('\n');
}

let container: Promise<AstroContainer> | undefined;
const render = (component: Parameters<AstroContainer['renderToString']>[0], props = {}) =>
  (container ??= AstroContainer.create()).then((c) => c.renderToString(component, { props }));

/**
 * The inner markup of the <defs> a graphic's figures point at ('' for none): where the build puts
 * that geometry is this one function's business (today the page writes it in an inline <svg>).
 */
export async function graphicDefs(graphic: GraphicId): Promise<string> {
  const Defs = defsOf(graphic);
  if (!Defs) return '';
  const defs = /<defs[^>]*>([\s\S]*?)<\/defs>/.exec(await render(Defs));
  if (!defs) throw new Error(`src/graphics/${graphic}/Defs.astro wrote no <defs>`);
  return defs[1]!;
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
