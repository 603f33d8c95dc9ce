// Each graphic's Figure.astro and, where it has one, Defs.astro, found by folder for every registry entry.
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import type { GraphicId } from './registry';

const figures = import.meta.glob<{ default: AstroComponentFactory }>('./*/Figure.astro', { eager: true });
const defs = import.meta.glob<{ default: AstroComponentFactory }>('./*/Defs.astro', { eager: true });

/** The graphic's figure: props { state, idPrefix, live?, sourcePage? } (see FigureProps). */
export function figureOf(id: GraphicId): AstroComponentFactory {
  const found = figures[`./${id}/Figure.astro`];
  if (!found)
    throw new Error(`graphic "${id}" is in the registry but src/graphics/${id}/Figure.astro is missing`);
  return found.default;
}

/** The definitions the graphic's figures share on a page, if it has any. */
export function defsOf(id: GraphicId): AstroComponentFactory | undefined {
  return defs[`./${id}/Defs.astro`]?.default;
}
