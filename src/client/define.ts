// The pages define their custom elements here, not the modules that declare them. Upgrading an
// element runs its connectedCallback (parsing its models, observing its frame): on the story that is
// four elements, some 10 ms of script on a fast machine and 65 ms at 4× slowdown, which in one task
// blocks the main thread just after the first paint. The story defines them one task apiece.
import { ActorDiagramElement } from '../graphics/diagram/element';
import { EventTimelineElement } from '../graphics/timeline/element';
import { LocatorMapElement } from '../graphics/map/element';

export type Definition = readonly [name: string, element: CustomElementConstructor];

/** The three graphics, the one a story usually opens on first. */
export const graphics: readonly Definition[] = [
  ['locator-map', LocatorMapElement],
  ['actor-diagram', ActorDiagramElement],
  ['event-timeline', EventTimelineElement],
];

function define([name, element]: Definition): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

/** Defines every element now, in this task: for a page whose own script uses them straight away. */
export function defineNow(definitions: readonly Definition[]): void {
  definitions.forEach(define);
}

/**
 * Defines the elements in order, each in a task of its own, so the browser can render and answer
 * input between upgrades. An element defined later may use the earlier ones from its connectedCallback.
 */
export async function defineInTurn(definitions: readonly Definition[]): Promise<void> {
  for (const definition of definitions) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    define(definition);
  }
}
