// <locator-map>: moves the server-rendered map between views. The models come from the build (the
// same objects the SVG was written from); this script only joins them onto the existing marks by key.
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { easeCubicInOut } from 'd3-ease';
import { interpolateNumber } from 'd3-interpolate';
import type { MapPlaceModel, MapViewModel } from '../lib/geo/mapModel';
import { applyVisibleFirst, watchVariant } from './visibility';

interface Models {
  views: Record<string, Record<string, MapViewModel>>;
  places: Record<string, { name: string; note?: string }>;
}

type Keyed = { key: string };
const keyOf = function (this: Element, d?: Keyed) {
  return d ? d.key : ((this as HTMLElement).dataset.key ?? '');
};
const flag = (on: boolean) => (on ? 'true' : 'false');
/** Writes an attribute only when its value changes. */
function set(el: Element, name: string, value: string | number): void {
  const text = String(value);
  if (el.getAttribute(name) !== text) el.setAttribute(name, text);
}
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export class LocatorMapElement extends HTMLElement {
  #models: Models | undefined;
  #view = '';
  #variant: () => 'narrow' | 'wide' = () => 'narrow';
  /** Whether the map is the graphic on show (set by <scroll-story>; a lone map is always on show). */
  onShow = true;

  get view(): string {
    return this.#view;
  }

  connectedCallback(): void {
    const json = this.querySelector('script[data-models]')?.textContent;
    if (!json) return;
    this.#models = JSON.parse(json) as Models;
    this.#view = this.querySelector('figure')?.dataset.view ?? '';
    const frame = this.querySelector('.map-frame');
    if (frame) this.#variant = watchVariant(frame, () => this.#apply(0));
  }

  /** Shows a view by id; unknown ids are ignored (the page keeps its current, valid state). */
  show(viewId: string): void {
    const models = this.#models;
    if (!models || viewId === this.#view || !Object.values(models.views).every((v) => viewId in v)) return;
    this.#view = viewId;
    this.#apply(reducedMotion() ? 0 : 750);
    this.#describe(models.views[Object.keys(models.views)[0]!]![viewId]!);
  }

  /** Only the layout on screen animates; hidden copies catch up instantly when the browser is idle. */
  #apply(duration: number): void {
    const models = this.#models;
    if (!models) return;
    applyVisibleFirst(
      this.querySelectorAll<SVGSVGElement>('svg.map-svg'),
      (svg) => this.onShow && svg.dataset.variant === this.#variant(),
      (svg, shown) => {
        const model = models.views[svg.dataset.variant ?? '']?.[this.#view];
        if (model) applyMapView(select(svg), model, shown ? duration : 0);
      },
    );
  }

  #describe(model: MapViewModel): void {
    const figure = this.querySelector('figure')!;
    figure.dataset.view = model.id;
    figure.querySelector('[data-role="title"]')!.textContent = model.title;
    figure.querySelector('[data-role="description"]')!.textContent = model.description;
    const list = figure.querySelector('[data-role="places"]')!;
    const shown = model.places
      .filter((p) => p.visible)
      .map((p) => p.key)
      .concat(model.offMap.map((o) => o.key));
    list.replaceChildren(
      ...shown.map((key) => {
        const place = this.#models!.places[key]!;
        const li = document.createElement('li');
        li.dataset.key = key;
        const name = document.createElement('strong');
        name.textContent = place.name;
        li.append(name, place.note ? `: ${place.note}` : '');
        return li;
      }),
    );
  }
}

/** Applies one view's model to an SVG that already holds the map's marks (keyed by data-key). */
export function applyMapView(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  model: MapViewModel,
  duration: number,
): void {
  const geo = svg.select<SVGGElement>('.map-geo');
  const from = geo.attr('transform') ?? '';
  const [, fx = '0', fy = '0', fk = '1'] =
    /translate\(([-\d.e]+)[ ,]([-\d.e]+)\) scale\(([-\d.e]+)\)/.exec(from) ?? [];
  const [k, x, y] = [
    interpolateNumber(+fk, model.transform.k),
    interpolateNumber(+fx, model.transform.x),
    interpolateNumber(+fy, model.transform.y),
  ];
  // Linear in k, x and y: markers interpolated linearly between views stay glued to the land.
  const t = geo.interrupt().transition().duration(duration).ease(easeCubicInOut);
  t.attrTween('transform', () => (s) => `translate(${x(s)} ${y(s)}) scale(${k(s)})`);

  svg.selectAll<SVGUseElement, string>('.map-area-hl').attr('data-active', function () {
    return flag(model.highlightedAreas.includes(this.dataset.key ?? ''));
  });
  svg.selectAll<SVGUseElement, string>('.map-route').attr('data-active', function () {
    return flag(model.routes.includes(this.dataset.key ?? ''));
  });

  svg
    .selectAll<SVGGElement, MapPlaceModel>('.map-place')
    .data(model.places, keyOf)
    .attr('data-highlighted', (d) => flag(d.highlighted))
    .attr('data-visible', (d) => flag(d.visible))
    .interrupt()
    .transition()
    .duration(duration)
    .ease(easeCubicInOut)
    .attr('transform', (d) => `translate(${d.x} ${d.y})`);

  // Labels fade out as a group, move while hidden, and come back when the map settles. Only
  // attributes that change are written, so the browser restyles as little as it can.
  svg.attr('data-moving', 'true');
  t.on('end', () => {
    const root = svg.node()!;
    const byKey = <T extends Keyed>(
      selector: string,
      data: readonly T[],
      write: (el: Element, d: T) => void,
    ) => {
      const index = new Map(data.map((d) => [d.key, d]));
      root.querySelectorAll<SVGElement>(selector).forEach((el) => {
        const d = index.get(el.dataset.key ?? '');
        if (d) write(el, d);
        else set(el, 'data-visible', 'false');
      });
    };
    byKey('.map-label:not(.map-offmap-label)', model.places, (el, d) => {
      set(el, 'x', d.label.x);
      set(el, 'y', d.label.y);
      set(el, 'text-anchor', d.label.anchor);
      set(el, 'data-highlighted', flag(d.highlighted));
      set(el, 'data-visible', flag(d.label.visible));
    });
    byKey('.map-area-label', model.areaLabels, (el, d) => {
      set(el, 'x', d.x);
      set(el, 'y', d.y);
      set(el, 'text-anchor', d.anchor);
      set(el, 'data-visible', flag(d.visible));
    });
    byKey('.map-offmap > g', model.offMap, (el, d) => {
      const rad = (d.angle * Math.PI) / 180;
      const line = el.querySelector('line')!;
      set(line, 'x1', d.x - 14 * Math.cos(rad));
      set(line, 'y1', d.y - 14 * Math.sin(rad));
      set(line, 'x2', d.x);
      set(line, 'y2', d.y);
      const text = el.querySelector('text')!;
      if (text.textContent !== d.label.text) text.textContent = d.label.text;
      set(text, 'x', d.label.x);
      set(text, 'y', d.label.y);
      set(text, 'text-anchor', d.label.anchor);
      set(text, 'data-visible', flag(d.label.visible));
      set(el, 'data-visible', 'true');
    });
    const scale = svg.select('.map-scale').attr('data-km', model.scaleBar.km);
    scale.select('path').attr('d', `M0 -4V0H${model.scaleBar.width}V-4`);
    scale
      .select('text')
      .attr('x', model.scaleBar.width + 6)
      .text(model.scaleBar.label);
    svg.attr('data-moving', null);
  });
  svg.attr('data-view', model.id);
  svg.select('title').text(`Map: ${model.title}`);
  svg.select('desc').text(model.description);
}

customElements.define('locator-map', LocatorMapElement);
