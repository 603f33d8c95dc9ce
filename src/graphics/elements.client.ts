// Each graphic's custom element, found by folder (src/graphics/<id>/element.ts) for every registry entry.
import { graphicIds, type GraphicId } from './registry';

type ElementClass = CustomElementConstructor & { tag: string };
// Each element.ts's default export: its custom element class (with its static `tag`).
const modules = import.meta.glob<ElementClass>('./*/element.ts', { eager: true, import: 'default' });

/**
 * Every graphic's element, in registry order: the class its element.ts exports as its default
 * (tests/graphics/registry.test.ts holds every graphic to that, so the readers' script need not).
 */
export const graphicElements: ReadonlyArray<{ id: GraphicId; element: ElementClass }> = graphicIds.map(
  (id) => ({ id, element: modules[`./${id}/element.ts`]! }),
);
