// Astro components rendered to a string outside any page (Astro's container API): the build's files
// that are drawn by the same components as the pages (the steps' image files, the live graphics).
import { experimental_AstroContainer as AstroContainer } from 'astro/container';

let container: Promise<AstroContainer> | undefined;

/** A component's markup for these props. */
export const renderComponent = (
  component: Parameters<AstroContainer['renderToString']>[0],
  props: Record<string, unknown> = {},
): Promise<string> =>
  (container ??= AstroContainer.create()).then((c) => c.renderToString(component, { props }));
