// <locator-map>: moves the server-rendered map between views. The models come from the build (the
// same objects the SVG was written from); this script only joins them onto the existing marks by key.
import { select, type Selection } from 'd3-selection';
import 'd3-transition';
import { easeCubicInOut } from 'd3-ease';
import { interpolateNumber } from 'd3-interpolate';
import type { MapPlaceModel, MapViewModel } from '../lib/geo/mapModel';

interface Models {
  views: Record<string, Record<string, MapViewModel>>;
  places: Record<string, { name: string; note?: string }>;
}

type Keyed = { key: string };
const keyOf = function (this: Element, d?: Keyed) {
  return d ? d.key : ((this as HTMLElement).dataset.key ?? '');
};
const flag = (on: boolean) => (on ? 'true' : 'false');
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

export class LocatorMapElement extends HTMLElement {
  #models: Models | undefined;
  #view = '';

  get view(): string {
    return this.#view;
  }

  connectedCallback(): void {
    const json = this.querySelector('script[data-models]')?.textContent;
    if (!json) return;
    this.#models = JSON.parse(json) as Models;
    this.#view = this.querySelector('figure')?.dataset.view ?? '';
  }

  /** Shows a view by id; unknown ids are ignored (the page keeps its current, valid state). */
  show(viewId: string): void {
    const models = this.#models;
    if (!models || viewId === this.#view || !Object.values(models.views).every((v) => viewId in v)) return;
    this.#view = viewId;
    const duration = reducedMotion() ? 0 : 750;
    this.querySelectorAll<SVGSVGElement>('svg.map-svg').forEach((svg) => {
      const model = models.views[svg.dataset.variant ?? '']?.[viewId];
      if (model) applyMapView(select(svg), model, duration);
    });
    this.#describe(models.views[Object.keys(models.views)[0]!]![viewId]!);
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

  // Labels fade out, move while hidden, and come back at their new places when the map settles.
  const labels = svg
    .selectAll<SVGTextElement, MapPlaceModel>('.map-label:not(.map-offmap-label)')
    .data(model.places, keyOf);
  const areaLabels = svg
    .selectAll<SVGTextElement, MapViewModel['areaLabels'][number]>('.map-area-label')
    .data(model.areaLabels, keyOf);
  const offMap = svg
    .selectAll<SVGGElement, MapViewModel['offMap'][number]>('.map-offmap > g')
    .data(model.offMap, keyOf);
  svg.selectAll('.map-offmap > g').attr('data-visible', 'false');
  labels.attr('data-visible', 'false');
  areaLabels.attr('data-visible', 'false');
  t.on('end', () => {
    labels
      .attr('x', (d) => d.label.x)
      .attr('y', (d) => d.label.y)
      .attr('text-anchor', (d) => d.label.anchor)
      .attr('data-highlighted', (d) => flag(d.highlighted))
      .attr('data-visible', (d) => flag(d.label.visible));
    areaLabels
      .attr('x', (d) => d.x)
      .attr('y', (d) => d.y)
      .attr('text-anchor', (d) => d.anchor)
      .attr('data-visible', (d) => flag(d.visible));
    offMap.attr('data-visible', 'true').each(function (d) {
      const g = select(this);
      const rad = (d.angle * Math.PI) / 180;
      g.select('line')
        .attr('x1', d.x - 14 * Math.cos(rad))
        .attr('y1', d.y - 14 * Math.sin(rad))
        .attr('x2', d.x)
        .attr('y2', d.y);
      g.select('text')
        .text(d.label.text)
        .attr('x', d.label.x)
        .attr('y', d.label.y)
        .attr('text-anchor', d.label.anchor)
        .attr('data-visible', flag(d.label.visible));
    });
    const scale = svg.select('.map-scale').attr('data-km', model.scaleBar.km);
    scale.select('path').attr('d', `M0 -4V0H${model.scaleBar.width}V-4`);
    scale
      .select('text')
      .attr('x', model.scaleBar.width + 6)
      .text(model.scaleBar.label);
  });
  svg.attr('data-view', model.id);
  svg.select('title').text(`Map: ${model.title}`);
  svg.select('desc').text(model.description);
}

customElements.define('locator-map', LocatorMapElement);
