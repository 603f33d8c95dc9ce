// An embedded chart: opens in the step or view the URL asks for (allow-listed ids only) and tells
// the parent page its height in the Pym.js protocol, whenever it changes.
import { parseEmbedOptions } from '../lib/embed/embedOptions';
import { formatPymMessage, parsePymMessage } from '../lib/embed/pym';
import type { ActorDiagramElement } from '../graphics/diagram/element';
import type { EventTimelineElement } from '../graphics/timeline/element';
import type { LocatorMapElement } from '../graphics/map/element';
import { defineNow, graphics } from './define';

// This page's own script drives its chart straight away, so the chart's element is defined first.
defineNow(graphics);

interface EmbedStep {
  id: string;
  map: string;
  actors: string[];
  relations: string[];
  event: string | undefined;
  diagramDescription: string;
  timelineDescription: string;
}

const data = JSON.parse(
  document.querySelector('script[data-embed-steps]')?.textContent ?? '{"steps":[],"views":[]}',
) as {
  steps: EmbedStep[];
  views: string[];
};
const options = parseEmbedOptions(location.search, { steps: data.steps.map((s) => s.id), views: data.views });
const step = data.steps.find((s) => s.id === options.step);

const map = document.querySelector<LocatorMapElement>('locator-map');
const view = options.view ?? step?.map;
if (map && view) map.show(view);
if (step) {
  document
    .querySelector<ActorDiagramElement>('actor-diagram')
    ?.setFocus({ actors: step.actors, relations: step.relations }, step.diagramDescription);
  document
    .querySelector<EventTimelineElement>('event-timeline')
    ?.setEvent(step.event, step.timelineDescription);
}

// Pym.js child: the parent gave us an id (pym.js) or none (our host script matches by window).
const id = options.childId ?? 'explainer';
let last = 0;
function sendHeight(force = false): void {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (!force && height === last) return;
  last = height;
  window.parent.postMessage(formatPymMessage(id, 'height', height), '*');
}
new ResizeObserver(() => sendHeight()).observe(document.documentElement);
void document.fonts?.ready.then(() => sendHeight());
addEventListener('load', () => sendHeight(true));
// Only the parent may ask, only in the protocol's shape, only for this child: anything else is ignored.
addEventListener('message', (event) => {
  if (window.parent === window || event.source !== window.parent) return;
  const message = parsePymMessage(event.data);
  if (message?.type === 'width' && message.id === id) sendHeight(true);
});
sendHeight(true);
