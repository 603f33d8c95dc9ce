// <locator-map>: moves the server-rendered map between views. The models come from the build (the
// same objects the SVG was written from); mapMarks turns a view's model into the marks, which are
// joined onto the existing elements by key.
import type { StepState } from '../../lib/story/stepState';
import { applyMarks } from '../applyMarks.client';
import { GraphicElement } from '../graphicElement.client';
import { reducedMotion } from '../schedule.client';
import { set, setText } from '../writes.client';
import { Flight } from './flight.client';
import { flightLabels } from './flightLabels';
import type { MapViewModel } from './mapModel';
import {
  highlightLayers,
  labelLayers,
  labelParts,
  landLayers,
  mapMarks,
  placesShown,
  textLayers,
  type MapKeys,
} from './marks';
import { flightPlan, isStill } from './viewMove';

/** What the build ships for the browser: every view's model per layout, the keys, the places' words. */
export interface MapClientModel {
  views: Record<string, Record<string, MapViewModel>>;
  keys: MapKeys;
  places: Record<string, { name: string; note?: string }>;
}

/** How long a flight between two views takes, in milliseconds. */
const flightDuration = 750;

/** The labels a flight from one view to another carries, and the name the flight layer knows them by. */
const labelsFor = (from: MapViewModel, to: MapViewModel) =>
  [flightLabels(from, to), `${from.id}>${to.id}`] as const;

export default class LocatorMapElement extends GraphicElement<MapClientModel> {
  static readonly tag = 'locator-map';
  #view = '';
  #flights = new Map<SVGSVGElement, Flight>();
  #generation = new WeakMap<SVGSVGElement, number>();

  /** The view shown (or being flown to). */
  get view(): string {
    return this.#view;
  }

  protected enhance(): void {
    this.#view = this.querySelector('figure')?.dataset.view ?? '';
    const frame = this.querySelector('[data-role="frame"]');
    if (!frame || !this.model) return;
    const svgs = this.layouts();
    svgs.forEach((svg) => this.#flights.set(svg, new Flight(svg)));
    this.#measure(frame, svgs);
    // The flight layers' pictures are made ahead, when the browser is idle, so a first flight is no slower.
    if (!reducedMotion()) this.schedule.idle(() => this.#flights.forEach((f) => f.ensure()));
  }

  protected layoutChanged(): void {
    this.#apply(0);
  }

  /** Keeps each flight's box current (a ResizeObserver calls back after layout, never mid-frame). */
  #measure(frame: Element, svgs: SVGSVGElement[]): void {
    const observer = new ResizeObserver(() => {
      const outer = frame.getBoundingClientRect();
      for (const svg of svgs) {
        const box = svg.getBoundingClientRect();
        const laidOut = box.width > 0 && box.height > 0;
        const at = {
          left: box.left - outer.left - frame.clientLeft,
          top: box.top - outer.top - frame.clientTop,
        };
        this.#flights.get(svg)!.place(laidOut ? { ...at, width: box.width, height: box.height } : undefined);
      }
    });
    observer.observe(frame);
    svgs.forEach((svg) => observer.observe(svg));
  }

  #models(view: string): Record<string, MapViewModel> | undefined {
    const views = this.model?.views;
    return views && Object.values(views).every((v) => view in v)
      ? Object.fromEntries(Object.entries(views).map(([variant, v]) => [variant, v[view]!]))
      : undefined;
  }

  /** Shows a step's view; unknown ids are ignored (the page keeps its current, valid state). */
  show(state: StepState): void {
    const models = this.#models(state.map);
    if (!models) return;
    if (state.map !== this.#view) {
      this.#view = state.map;
      this.#apply(reducedMotion() ? 0 : flightDuration);
    }
    // The words follow in the next frame: the marks and the caption's reflow are two frames' work.
    // The figure's data-view names the view its caption describes (it lags while the map is hidden).
    if (!this.onShow || this.querySelector('figure')?.dataset.view === state.map) return;
    this.schedule.frame(() => {
      if (this.#view === state.map && this.onShow) this.#describe(Object.values(models)[0]!);
    });
  }

  /**
   * The flight to a step's view, made ahead (on screen only) in three pieces, a frame each: the
   * labels' pictures (some 20 made), the land's pictures at their views (some 200 shapes
   * restyled), and the flight's animations, not yet played. Each is some 10-20 ms at 4x slowdown,
   * and so is the frame after, which starts the flight: no frame of a step change carries two.
   */
  prepare(state: StepState): Array<() => void> {
    const models = this.#models(state.map);
    if (!models || !this.onShow || state.map === this.#view || reducedMotion()) return [];
    return this.layouts().flatMap((svg) => {
      const flight = this.#flights.get(svg);
      const model = models[svg.dataset.variant ?? ''];
      const shown = this.model!.views[svg.dataset.variant ?? '']?.[svg.dataset.view ?? ''];
      if (!this.onScreen(svg) || !flight?.box || flight.flying || !model || !shown) return [];
      if (isStill(shown.transform, model.transform, model.size)) return [];
      const labels = labelsFor(shown, model);
      const plan = flightPlan(shown.transform, model.transform);
      return [
        () => flight.drawLabels(...labels),
        () => flight.draw(plan, ...labels),
        () => flight.arm(plan, flightDuration, model.size.width, ...labels),
      ];
    });
  }

  /** The layout on screen moves (or flies); the hidden one catches up at idle time. */
  #apply(duration: number): void {
    const models = this.#models(this.#view);
    if (!models) return;
    this.eachLayout((svg, onScreen) => {
      const model = models[svg.dataset.variant ?? ''];
      const shown = this.model!.views[svg.dataset.variant ?? '']?.[svg.dataset.view ?? ''];
      if (model) this.#move(svg, model, onScreen ? duration : 0, shown ?? model, onScreen);
    });
  }

  #describe(model: MapViewModel): void {
    this.#caption(this.querySelector('figure')!, model);
  }

  /** The view's words in a figure: its data-view, the caption's title and description, the places' list. */
  #caption(figure: HTMLElement, model: MapViewModel): void {
    figure.dataset.view = model.id;
    setText(figure.querySelector('[data-role="title"]'), model.title);
    setText(figure.querySelector('[data-role="description"]'), model.description);
    figure.querySelector('[data-role="places"]')!.replaceChildren(
      ...placesShown(model).map((key) => {
        const place = this.model!.places[key]!;
        const li = document.createElement('li');
        li.dataset.key = key;
        const name = document.createElement('strong');
        name.textContent = place.name;
        li.append(name, place.note ? `: ${place.note}` : '');
        return li;
      }),
    );
  }

  /** The view on paper: every layout at once at the view, without the flight layer. */
  protected drawState(figure: HTMLElement, state: StepState): boolean {
    const models = this.#models(state.map);
    if (!models) return false;
    figure.querySelectorAll('.map-flight').forEach((el) => el.remove());
    for (const svg of figure.querySelectorAll<SVGSVGElement>('svg[data-variant]')) {
      const model = models[svg.dataset.variant ?? ''];
      if (!model) continue;
      svg.removeAttribute('data-moving');
      svg.removeAttribute('data-landing');
      set(svg, 'data-view', model.id);
      applyMarks(svg, mapMarks(model, this.model!.keys));
    }
    this.#caption(figure, Object.values(models)[0]!);
    return true;
  }

  /**
   * Moves one SVG to a view's model. `shown` is the model of the view it shows now (its data-view),
   * where moves start from. `staged`: the SVG is on screen, so a move made at once is written over
   * two frames (land and markers, then labels and highlights) rather than one.
   */
  #move(
    svg: SVGSVGElement,
    model: MapViewModel,
    duration: number,
    shown: MapViewModel,
    staged: boolean,
  ): void {
    const marks = mapMarks(model, this.model!.keys);
    const flight = this.#flights.get(svg);
    // Where the flight starts: the view on screen now, mid-flight included.
    const from = flight?.currentView(shown.transform) ?? shown.transform;
    // A move a reader could not follow (a drift of a pixel or two) is made at once, and so is one in
    // a map not laid out (hidden) or not yet measured.
    if (duration > 0 && (!flight?.box || isStill(from, model.transform, model.size))) duration = 0;
    flight?.end();
    const token = (this.#generation.get(svg) ?? 0) + 1;
    this.#generation.set(svg, token);
    const current = () => this.#generation.get(svg) === token;
    const land = () => applyMarks(svg, marks, landLayers);
    const rest = () => applyMarks(svg, marks, [...labelLayers, ...highlightLayers]);
    set(svg, 'data-view', model.id);
    applyMarks(svg, marks, textLayers);
    if (duration === 0 || !flight) {
      flight?.disarm();
      land();
      svg.removeAttribute('data-moving');
      if (staged) this.schedule.frame(() => current() && rest());
      else rest();
      return;
    }
    svg.setAttribute('data-moving', 'true');
    this.schedule.hold(
      flight
        .start(flightPlan(from, model.transform), duration, model.size.width, ...labelsFor(shown, model))
        .then(
          () => {
            if (!current()) return;
            // Lands over two frames, so neither is long. In this one the map's own land, markers
            // and labels come back (data-landing shows them though it still flies), at once, with no
            // fade: the flight's labels stand where the map's come back. Its pictures and labels,
            // under the map now, are put away in the next (their layers torn down, at 4x slowdown
            // some 10 ms, in a frame that already redraws the map).
            svg.setAttribute('data-landing', 'true');
            land();
            rest();
            this.schedule.frame(() => {
              svg.removeAttribute('data-landing');
              if (!current()) return;
              flight.end();
              svg.removeAttribute('data-moving');
            });
          },
          () => undefined, // cancelled: a newer move took over and will land the map
        ),
    );
    // In a flight the map at the new view is hidden, so it is placed while the compositor flies, at
    // idle times, a part an idle period, each laid out in a frame before the next: the land and
    // markers, the names, the off-map arrows, the chart. (The labels in one went with a layout of
    // some 75 boxes: a frame of 24-53 ms traced at 4x slowdown.) Whatever is not placed by the
    // landing lands then; what comes after writes nothing new.
    const parts = [landLayers, ...labelParts];
    const place = (part: number) =>
      this.schedule.idle(() => {
        if (!current()) return;
        applyMarks(svg, marks, parts[part]!);
        if (part + 1 < parts.length) this.schedule.frame(() => place(part + 1));
      });
    this.schedule.later(200, () => place(0));
  }
}
