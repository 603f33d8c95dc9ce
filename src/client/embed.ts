// An embedded chart: opens in the step or view the URL asks for (allow-listed ids only) and tells
// the parent page its height in the Pym.js protocol, whenever it changes.
import { parseEmbedOptions } from '../lib/embed/embedOptions';
import { formatPymMessage, parsePymMessage } from '../lib/embed/pym';
import type { GraphicElement } from '../graphics/graphicElement.client';
import { defineNow } from './define';
import { stepState } from '../lib/story/stepState';
import { readSteps, type ClientStep } from './stepData';

/** The map views a `view=` option may name (a list of ids; anything else counts as none). */
function readViews(): string[] {
  try {
    const views: unknown = JSON.parse(document.querySelector('script[data-views]')?.textContent ?? '[]');
    return Array.isArray(views) ? views.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

const steps = readSteps(document);
const options = parseEmbedOptions(location.search, {
  steps: steps.map((s) => s.state.id),
  views: readViews(),
});
const step = steps.find((s) => s.state.id === options.step);
// The chart is driven as soon as its element is defined, which waits for its model to arrive; the
// height messages below do not wait for it.
void defineNow().then(() => {
  const graphic = document.querySelector<GraphicElement>('[data-graphic][data-shown]');
  if (graphic && (step || options.view)) {
    const state = step?.state ?? stepState({ map: options.view });
    const words = step?.descriptions[graphic.dataset.graphic as keyof ClientStep['descriptions']];
    graphic.show(options.view ? { ...state, map: options.view } : state, words);
    void graphic.settled().then(() => nameView(graphic));
  }
});

/**
 * A map embed whose heading is its default, "<kicker>: <view>", names the view it opened on (its
 * figure's own title, hidden under the heading), in the heading and the document's title.
 */
function nameView(graphic: GraphicElement): void {
  const heading = document.querySelector<HTMLElement>('.embed-title[data-view-kicker]');
  const view = graphic.querySelector('[data-role="title"]')?.textContent?.trim();
  if (!heading || !view) return;
  heading.textContent = `${heading.dataset.viewKicker}: ${view}`;
  document.title = heading.textContent;
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
