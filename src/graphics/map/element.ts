// <locator-map>: moves the server-rendered map between views. The models come from the build (the
// same objects the SVG was written from); this script only joins them onto the existing marks by key.
import { select, type Selection } from 'd3-selection';
import type { MapViewModel } from './mapModel';
import type { ViewTransform } from './projection';
import { flightPlan, isStill, viewAt, type PictureMove } from './viewMove';
import { applyVisibleFirst, reducedMotion, watchVariant, whenIdle } from '../schedule.client';
import { set, setText } from '../writes.client';

interface Models {
  views: Record<string, Record<string, MapViewModel>>;
  places: Record<string, { name: string; note?: string }>;
}

type Keyed = { key: string };
const flag = (on: boolean) => (on ? 'true' : 'false');

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
    if (frame) {
      this.#variant = watchVariant(frame, () => this.#apply(0));
      const svgs = [...frame.querySelectorAll<SVGSVGElement>('svg.map-svg')];
      measureBoxes(frame, svgs);
      // The flight layers are made ahead, when the browser is idle, so a first flight is no slower.
      if (!reducedMotion()) whenIdle(() => svgs.forEach((svg) => flightFor(svg)));
    }
  }

  /** Shows a view by id; unknown ids are ignored (the page keeps its current, valid state). */
  show(viewId: string): void {
    const models = this.#models;
    if (!models || !Object.values(models.views).every((v) => viewId in v)) return;
    if (viewId !== this.#view) {
      this.#view = viewId;
      this.#apply(reducedMotion() ? 0 : 750);
    }
    // The words follow in the next frame: the marks and the caption's reflow are two frames' work.
    // Only a map on show is described: a hidden map's caption would relay out the whole page at
    // idle time for words nobody sees or hears (it is inert). The step that brings it back on
    // show calls show() again, and the caption catches up then.
    // The figure's data-view names the view its caption describes (it lags #view while hidden).
    if (!this.onShow || this.querySelector('figure')?.dataset.view === viewId) return;
    requestAnimationFrame(() => {
      if (this.#view === viewId && this.onShow)
        this.#describe(models.views[Object.keys(models.views)[0]!]![viewId]!);
    });
  }

  /**
   * Gets ready to show a view: draws the pictures of the flight to it, a frame before show() starts
   * the flight (see prepareFlight). Only the layout on screen, and only when the map is on show.
   */
  prepare(viewId: string): void {
    const models = this.#models;
    if (!models || !this.onShow || viewId === this.#view || reducedMotion()) return;
    for (const svg of this.querySelectorAll<SVGSVGElement>('svg.map-svg')) {
      const views = models.views[svg.dataset.variant ?? ''];
      const model = views?.[viewId];
      const shown = views?.[svg.dataset.view ?? ''];
      if (svg.dataset.variant === this.#variant() && model && shown) prepareFlight(svg, model, shown);
    }
  }

  /** Only the layout on screen animates; hidden copies catch up instantly when the browser is idle. */
  #apply(duration: number): void {
    const models = this.#models;
    if (!models) return;
    applyVisibleFirst(
      this.querySelectorAll<SVGSVGElement>('svg.map-svg'),
      (svg) => this.onShow && svg.dataset.variant === this.#variant(),
      (svg, shown) => {
        const views = models.views[svg.dataset.variant ?? ''];
        const model = views?.[this.#view];
        if (model)
          applyMapView(select(svg), model, shown ? duration : 0, views[svg.dataset.view ?? ''], shown);
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

let generation = 0;

const svgNS = 'http://www.w3.org/2000/svg';
const css = ({ x, y, k }: PictureMove, perUnit: number) =>
  `translate(${x * perUnit}px, ${y * perUnit}px) scale(${k})`;
const attribute = ({ x, y, k }: ViewTransform) => `translate(${x} ${y}) scale(${k})`;

/** Where each map sits in its frame, in CSS pixels: measured after layout, never mid-frame. */
const boxes = new WeakMap<SVGSVGElement, { left: number; top: number; width: number; height: number }>();

/** Keeps `boxes` current for the maps in a frame (a ResizeObserver calls back after layout). */
function measureBoxes(frame: Element, svgs: SVGSVGElement[]): void {
  const measure = () => {
    const outer = frame.getBoundingClientRect();
    for (const svg of svgs) {
      const box = svg.getBoundingClientRect();
      if (box.width > 0 && box.height > 0) {
        boxes.set(svg, {
          left: box.left - outer.left - frame.clientLeft,
          top: box.top - outer.top - frame.clientTop,
          width: box.width,
          height: box.height,
        });
      } else boxes.delete(svg);
      place(svg);
    }
  };
  const observer = new ResizeObserver(measure);
  observer.observe(frame);
  svgs.forEach((svg) => observer.observe(svg));
}

/**
 * A flight between two views is drawn by pictures of the land (see flightPlan), in a layer behind
 * the map; the browser's compositor moves them, so no frame of the flight is painted on the main
 * thread. The map itself hides its land meanwhile and keeps its footer; its markers and labels
 * fade out, and come back when it lands.
 */
interface Flight {
  layer: HTMLDivElement;
  pictures: SVGSVGElement[];
  running?: { animations: Animation[]; from: ViewTransform; to: ViewTransform };
}
const flights = new WeakMap<SVGSVGElement, Flight>();

/** A picture of the map's land alone (water, land, highlighted areas), hidden from assistive tech. */
function picture(svg: SVGSVGElement): SVGSVGElement {
  const copy = document.createElementNS(svgNS, 'svg');
  copy.setAttribute('viewBox', svg.getAttribute('viewBox') ?? '');
  copy.setAttribute('class', 'map-picture');
  copy.setAttribute('preserveAspectRatio', 'xMinYMin meet');
  const water = svg.querySelector('.map-water');
  const geo = svg.querySelector('.map-geo');
  if (water) copy.append(water.cloneNode());
  if (geo) copy.append(geo.cloneNode(true));
  return copy;
}

/**
 * Puts a map's flight layer over the map, or out of layout while the map is not laid out (the
 * other layout variant). Called only when a box changes: a write restyles.
 */
function place(svg: SVGSVGElement): void {
  const layer = flights.get(svg)?.layer;
  if (!layer) return;
  const box = boxes.get(svg);
  layer.hidden = !box;
  if (box)
    Object.assign(layer.style, {
      left: `${box.left}px`,
      top: `${box.top}px`,
      width: `${box.width}px`,
      height: `${box.height}px`,
    });
}

/** The map's flight layer, with at least `count` pictures. */
function flightFor(svg: SVGSVGElement, count = 3): Flight {
  let flight = flights.get(svg);
  if (!flight) {
    const layer = document.createElement('div');
    layer.className = 'map-flight';
    layer.setAttribute('aria-hidden', 'true');
    flight = { layer, pictures: [] };
    svg.before(layer);
    flights.set(svg, flight);
    place(svg);
  }
  while (flight.pictures.length < count) {
    const copy = picture(svg);
    flight.layer.append(copy);
    flight.pictures.push(copy);
  }
  return flight;
}

/** Draws a picture at a view, with the given areas highlighted. */
function drawPicture(copy: SVGSVGElement, view: ViewTransform, active: (el: SVGElement) => boolean): void {
  set(copy.querySelector('.map-geo')!, 'transform', attribute(view));
  // The hairline's width is divided by the view's scale (pictures have no non-scaling strokes).
  if (copy.style.getPropertyValue('--k') !== String(view.k)) copy.style.setProperty('--k', String(view.k));
  copy.querySelectorAll<SVGElement>('.map-area-hl').forEach((el) => set(el, 'data-active', flag(active(el))));
}

/** The keys of the areas a map highlights now (its pictures show these until it lands). */
function activeAreas(svg: SVGSVGElement): Set<string | undefined> {
  return new Set(
    [...svg.querySelectorAll<SVGElement>('.map-area-hl')]
      .filter((el) => el.dataset.active === 'true')
      .map((el) => el.dataset.key),
  );
}

/**
 * Draws a flight's pictures, each at its view, and takes the ones it does not use out. Writes only
 * what differs, so drawing them again for the same flight costs nothing.
 */
function drawPictures(
  flight: Flight,
  plan: ReturnType<typeof flightPlan>,
  active: Set<string | undefined>,
): void {
  flight.pictures.forEach((copy, i) => {
    const step = plan.pictures[i];
    // Pictures a flight does not use are not displayed.
    set(copy, 'data-step', step ? String(i) : 'none');
    if (step) drawPicture(copy, step.view, (el) => active.has(el.dataset.key));
  });
}

/**
 * Draws the pictures of the flight a map would make from the view it shows to `model`, while the
 * flight layer is still transparent: restyling them (every country of three copies of the land) is
 * some 30 ms at 4× slowdown, and done here it stays out of the frame that starts the flight, which
 * then finds them drawn. Nothing is drawn over a flight in progress.
 */
function prepareFlight(svg: SVGSVGElement, model: MapViewModel, shown: MapViewModel): void {
  if (flights.get(svg)?.running || !boxes.get(svg) || isStill(shown.transform, model.transform, model.size))
    return;
  const plan = flightPlan(shown.transform, model.transform);
  drawPictures(flightFor(svg, plan.pictures.length), plan, activeAreas(svg));
}

/** The view a map shows now: mid-flight, the one on screen at this moment; else `still`. */
function currentView(svg: SVGSVGElement, still: ViewTransform): ViewTransform {
  const running = flights.get(svg)?.running;
  const progress = running?.animations[0]?.effect?.getComputedTiming().progress;
  return running && typeof progress === 'number' ? viewAt(running.from, running.to, progress) : still;
}

/** Ends a flight where it stands: its layer is hidden and the map shows its own land again. */
function endFlight(svg: SVGSVGElement): void {
  const flight = flights.get(svg);
  if (!flight?.running) return;
  flight.running.animations.forEach((a) => a.cancel());
  flight.running = undefined;
  flight.layer.removeAttribute('data-flying');
}

/**
 * Applies one view's model to an SVG that already holds the map's marks (keyed by data-key).
 * `shown` is the model of the view the SVG shows now (its data-view), where moves start from.
 * `staged`: the SVG is on screen, so a move made at once is written over two frames (land and
 * markers, then labels and highlights in the next animation frame) rather than one.
 */
export function applyMapView(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  model: MapViewModel,
  duration: number,
  shown: MapViewModel = model,
  staged = false,
): void {
  const root = svg.node()!;
  const geo = root.querySelector<SVGGElement>('.map-geo')!;
  const places = new Map(model.places.map((d) => [d.key, d]));
  const marks = [...root.querySelectorAll<SVGGElement>('.map-place')];

  // Where the flight starts: the view on screen now, mid-flight included.
  const from = currentView(root, shown.transform);
  const box = boxes.get(root);
  // A move a reader could not follow (a drift of a pixel or two) is made at once, and so is one in
  // a map not laid out (hidden) or not yet measured.
  if (duration > 0 && (!box || isStill(from, model.transform, model.size))) duration = 0;

  const plan = duration > 0 ? flightPlan(from, model.transform) : undefined;
  const flight = plan ? flightFor(root, plan.pictures.length) : undefined;
  endFlight(root);

  const token = ++generation;
  root.dataset.generation = String(token);
  const current = () => root.dataset.generation === String(token);
  // The map at the new view, in two parts of about equal cost. In a flight all of it is hidden,
  // so it is placed while the compositor flies, when the browser is idle (after the labels'
  // fade-out), or at the landing if no idle time came. First the land, markers and scale bar:
  const placeMarks = () => {
    set(geo, 'transform', attribute(model.transform));
    for (const mark of marks) {
      const d = places.get(mark.dataset.key ?? '');
      if (!d) continue;
      set(mark, 'data-highlighted', flag(d.highlighted));
      set(mark, 'data-visible', flag(d.visible));
      set(mark, 'transform', `translate(${d.x} ${d.y})`);
    }
    const scale = root.querySelector('.map-scale');
    if (scale) {
      set(scale, 'data-km', model.scaleBar.km);
      set(scale.querySelector('path')!, 'd', `M0 -4V0H${model.scaleBar.width}V-4`);
      const label = scale.querySelector('text')!;
      set(label, 'x', model.scaleBar.width + 6);
      setText(label, model.scaleBar.label);
    }
  };
  // Then the labels and the pointers to places off the map:
  const placeLabels = () => {
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
      setText(text, d.label.text);
      set(text, 'x', d.label.x);
      set(text, 'y', d.label.y);
      set(text, 'text-anchor', d.label.anchor);
      set(text, 'data-visible', flag(d.label.visible));
      set(el, 'data-visible', 'true');
    });
  };
  // The highlighted areas and the routes at the new view.
  const highlight = () => {
    root.querySelectorAll<SVGUseElement>('.map-area-hl').forEach((el) => {
      set(el, 'data-active', flag(model.highlightedAreas.includes(el.dataset.key ?? '')));
    });
    root.querySelectorAll<SVGUseElement>('.map-route').forEach((el) => {
      set(el, 'data-active', flag(model.routes.includes(el.dataset.key ?? '')));
    });
  };
  // Once at rest: the highlights change (the pictures kept the old ones) and everything shows.
  // `inTwoFrames`: the labels and highlights follow in the next animation frame.
  const land = (inTwoFrames = false) => {
    placeMarks();
    root.removeAttribute('data-moving');
    const rest = () => {
      placeLabels();
      highlight();
    };
    if (inTwoFrames) requestAnimationFrame(() => current() && rest());
    else rest();
  };

  if (!flight || !plan || !box) {
    land(staged);
  } else {
    // Every picture shows the areas the map highlights now; the map changes them once it lands.
    // (Drawn already if the move was prepared a frame ahead: then nothing here is written again.)
    drawPictures(flight, plan, activeAreas(root));
    set(flight.layer, 'data-flying', 'true');
    root.setAttribute('data-moving', 'true');
    const perUnit = box.width / model.size.width;
    const timing: KeyframeAnimationOptions = {
      duration,
      easing: 'cubic-bezier(0.65, 0, 0.35, 1)',
      fill: 'forwards',
      direction: plan.reverse ? 'reverse' : 'normal',
    };
    const animations: Animation[] = [];
    flight.pictures.forEach((copy, i) => {
      const step = plan.pictures[i];
      if (!step) return;
      // One animation per picture: its move and, where there is one (the first picture stays
      // opaque), its fade, as keyframes of their own offsets (each property is interpolated
      // between the keyframes that name it).
      const fade = step.opacity.some((o) => o.opacity !== 1) ? step.opacity : [];
      animations.push(
        copy.animate(
          [
            { offset: 0, transform: css(step.start, perUnit) },
            ...fade,
            { offset: 1, transform: css(step.end, perUnit) },
          ],
          timing,
        ),
      );
    });
    flight.running = { animations, from: plan.from, to: plan.to };
    setTimeout(
      () =>
        whenIdle(() => {
          if (!current()) return;
          placeMarks();
          requestAnimationFrame(() => whenIdle(() => current() && placeLabels()));
        }),
      200,
    );
    Promise.all(animations.map((a) => a.finished)).then(
      () => {
        if (!current()) return;
        endFlight(root);
        land();
      },
      () => undefined, // cancelled: a newer move took over and will land the map
    );
  }
  set(root, 'data-view', model.id);
  setText(root.querySelector('title'), `Map: ${model.title}`);
  setText(root.querySelector('desc'), model.description);
}
