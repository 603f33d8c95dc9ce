// A map's flight between two views, drawn by pictures of the land in a layer behind the map: the
// browser's compositor moves them, so no frame of the flight is painted on the main thread (see
// flightPlan). The map hides its land, markers and labels meanwhile and keeps its footer; copies of
// the labels of both views, each its own small picture, ride the land in the same layer and
// cross-fade midway (flightLabels), so names stay on screen all through a flight.
import { labelFade, pointAt, type FlightLabel } from './flightLabels';
import { mapStyle } from './mapModel';
import type { ViewTransform } from './projection';
import { flightPlan, viewAt, type PictureMove } from './viewMove';
import { set } from '../writes.client';

const svgNS = 'http://www.w3.org/2000/svg';
const css = ({ x, y, k }: PictureMove, perUnit: number) =>
  `translate(${x * perUnit}px, ${y * perUnit}px) scale(${k})`;
export const transformAttribute = ({ x, y, k }: ViewTransform): string => `translate(${x} ${y}) scale(${k})`;

type Plan = ReturnType<typeof flightPlan>;
type Box = { left: number; top: number; width: number; height: number };

/** An animation made but not played: idle, it applies nothing (and restyles nothing) until play(). */
const idle = (el: Element, frames: Keyframe[], timing: KeyframeEffectOptions) =>
  new Animation(new KeyframeEffect(el, frames, timing), document.timeline);

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
 * A label as a picture of its own: a box one viewBox pixel square (sized in percent of the layer,
 * so it scales with the map) holding an SVG with its text and marker drawn about its top-left
 * corner, where the flight's transform puts the label's point. Small, so the compositor's layer
 * for it is small. The box, an HTML element, is what the flight moves and fades: a transform or
 * an opacity set on an SVG's own root lays that SVG out again, as each of some 15 labels would be
 * in the frame that starts a flight and again in the one that ends it.
 */
function labelPicture(label: FlightLabel, width: number, height: number): HTMLElement {
  const box = document.createElement('div');
  box.className = 'map-flight-label';
  box.dataset.end = label.end;
  box.style.width = `${100 / width}%`;
  box.style.height = `${100 / height}%`;
  const svg = document.createElementNS(svgNS, 'svg');
  svg.setAttribute('viewBox', '0 0 1 1');
  box.append(svg);
  if (label.marker) {
    const place = document.createElementNS(svgNS, 'g');
    place.setAttribute('class', 'map-place');
    place.setAttribute('data-kind', label.marker);
    place.setAttribute('data-highlighted', String(label.highlighted));
    const mark = document.createElementNS(svgNS, label.marker === 'crossing' ? 'path' : 'circle');
    if (label.marker === 'crossing') mark.setAttribute('d', 'M0 -5 5 0 0 5 -5 0Z');
    else mark.setAttribute('r', String(label.highlighted ? mapStyle.highlightRadius : mapStyle.markerRadius));
    place.append(mark);
    svg.append(place);
  }
  const text = document.createElementNS(svgNS, 'text');
  text.setAttribute('class', label.className);
  text.setAttribute('x', String(label.offset[0]));
  text.setAttribute('y', String(label.offset[1]));
  text.setAttribute('text-anchor', label.anchor);
  text.setAttribute('data-highlighted', String(label.highlighted));
  text.textContent = label.text;
  svg.append(text);
  return box;
}

/** Draws a picture at a view, with the given areas highlighted. */
function drawPicture(copy: SVGSVGElement, view: ViewTransform, active: Set<string | undefined>): void {
  set(copy.querySelector('.map-geo')!, 'transform', transformAttribute(view));
  // The hairline's width is divided by the view's scale (pictures have no non-scaling strokes).
  if (copy.style.getPropertyValue('--k') !== String(view.k)) copy.style.setProperty('--k', String(view.k));
  // The Gaza close-up's detailed areas take the same highlights as Natural Earth's.
  copy
    .querySelectorAll<SVGElement>('.map-area-hl, .map-detail-area')
    .forEach((el) => set(el, 'data-active', active.has(el.dataset.key) ? 'true' : 'false'));
}

/** The flight layer of one map SVG: its pictures, the box it covers, and the flight under way. */
export class Flight {
  readonly layer = document.createElement('div');
  /** The labels' pictures, above the land's. */
  readonly #labels = document.createElement('div');
  #pictures: SVGSVGElement[] = [];
  #labelPictures: Array<{ label: FlightLabel; box: HTMLElement }> = [];
  #running: { animations: Animation[]; from: ViewTransform; to: ViewTransform } | undefined;
  /** A flight's animations made ahead, not yet played (arm), and the flight they are for. */
  #armed: { id: string; animations: Animation[] } | undefined;
  /** What the pictures show now (their views and highlights), so a drawing made ahead is not redone. */
  #drawn = '';
  /** Where the map sits in its frame, in CSS pixels: measured after layout, never mid-frame. */
  box: Box | undefined;

  constructor(readonly svg: SVGSVGElement) {
    this.layer.className = 'map-flight';
    this.layer.setAttribute('aria-hidden', 'true');
    this.#labels.className = 'map-flight-labels';
    this.layer.append(this.#labels);
    svg.before(this.layer);
  }

  get flying(): boolean {
    return this.#running !== undefined;
  }

  /** Puts the layer over the map, or out of layout while the map is not laid out. Only on a change: a write restyles. */
  place(box: Box | undefined): void {
    // Animations armed for the old box would fly the labels to the wrong places.
    this.disarm();
    this.box = box;
    this.layer.hidden = !box;
    if (box)
      Object.assign(this.layer.style, {
        left: `${box.left}px`,
        top: `${box.top}px`,
        width: `${box.width}px`,
        height: `${box.height}px`,
      });
  }

  /** Makes sure the layer holds at least `count` pictures. */
  ensure(count = 3): void {
    while (this.#pictures.length < count) {
      const copy = picture(this.svg);
      this.#labels.before(copy);
      this.#pictures.push(copy);
    }
  }

  /** The keys of the areas the map highlights now (its pictures show these until it lands). */
  #activeAreas(): Set<string | undefined> {
    return new Set(
      [...this.svg.querySelectorAll<SVGElement>('.map-area-hl')]
        .filter((el) => el.dataset.active === 'true')
        .map((el) => el.dataset.key),
    );
  }

  /** Makes the labels' pictures, unless the layer holds these labels already (`id` names them). */
  drawLabels(labels: FlightLabel[], id: string): void {
    if (this.#labels.dataset.labels === id) return;
    const [, , width = 1, height = 1] = (this.svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
    this.#labelPictures = labels.map((label) => ({ label, box: labelPicture(label, width, height) }));
    this.#labels.replaceChildren(...this.#labelPictures.map((l) => l.box));
    this.#labels.dataset.labels = id;
  }

  /**
   * Draws the plan's pictures, each at its view, and the labels' (`id` names them); hides the
   * pictures it does not use. Writes only what differs.
   */
  draw(plan: Plan, labels: FlightLabel[] = [], id = ''): void {
    this.drawLabels(labels, id);
    this.ensure(plan.pictures.length);
    const active = this.#activeAreas();
    // A flight started a frame after prepare() drew it finds its pictures ready: that frame, which
    // starts every animation of the flight, reads and writes none of them again.
    const drawn = JSON.stringify([plan.pictures.map((p) => p.view), [...active]]);
    if (drawn === this.#drawn) return;
    this.#drawn = drawn;
    this.#pictures.forEach((copy, i) => {
      const step = plan.pictures[i];
      set(copy, 'data-step', step ? String(i) : 'none');
      if (step) drawPicture(copy, step.view, active);
    });
  }

  /** The view on screen now: mid-flight, where the flight has got to; else `still`. */
  currentView(still: ViewTransform): ViewTransform {
    const progress = this.#running?.animations[0]?.effect?.getComputedTiming().progress;
    return this.#running && typeof progress === 'number'
      ? viewAt(this.#running.from, this.#running.to, progress)
      : still;
  }

  /**
   * Makes a flight's animations ahead, not yet played (so they change nothing on screen), and the
   * frame that starts it only plays them: made there, some 20 animations were half of that
   * frame's script. Draws the plan first, as start() would. The flight is known by its labels'
   * `id` (its two views): armed at rest, put away by any other move or a resize.
   */
  arm(plan: Plan, duration: number, viewWidth: number, labels: FlightLabel[] = [], id = ''): void {
    if (this.flying || !this.box) return;
    this.draw(plan, labels, id);
    if (this.#armed?.id === id) return;
    this.disarm();
    this.#armed = { id, animations: this.#animations(plan, duration, viewWidth) };
  }

  /** Starts the flight the plan describes; resolves when it lands, rejects if a newer move cancels it. */
  start(
    plan: Plan,
    duration: number,
    viewWidth: number,
    labels: FlightLabel[] = [],
    id = '',
  ): Promise<unknown> {
    this.draw(plan, labels, id);
    set(this.layer, 'data-flying', 'true');
    // The animations armed for this very flight, if any, else new ones.
    const armed = this.#armed?.id === id && this.#armed.animations;
    if (!armed) this.disarm();
    this.#armed = undefined;
    const animations = armed || this.#animations(plan, duration, viewWidth);
    animations.forEach((a) => a.play());
    this.#running = { animations, from: plan.from, to: plan.to };
    return Promise.all(animations.map((a) => a.finished));
  }

  /** Puts away animations armed for a flight that will not start (a move made at once instead). */
  disarm(): void {
    this.#armed?.animations.forEach((a) => a.cancel());
    this.#armed = undefined;
  }

  /** The flight's animations, made idle: they apply nothing until played. */
  #animations(plan: Plan, duration: number, viewWidth: number): Animation[] {
    const perUnit = this.box!.width / viewWidth;
    const timing: KeyframeEffectOptions = {
      duration,
      easing: 'cubic-bezier(0.65, 0, 0.35, 1)',
      fill: 'forwards',
      direction: plan.reverse ? 'reverse' : 'normal',
    };
    // One animation per picture: its move and, where there is one (the first picture stays
    // opaque), its fade, as keyframes of their own offsets.
    const animations = plan.pictures.map((step, i) => {
      const fade = step.opacity.some((o) => o.opacity !== 1) ? step.opacity : [];
      const frames = [
        { offset: 0, transform: css(step.start, perUnit) },
        ...fade,
        { offset: 1, transform: css(step.end, perUnit) },
      ];
      return idle(this.#pictures[i]!, frames, timing);
    });
    // Each label moves in a straight line (a point's place is linear in the plan's progress) and
    // keeps its size; the labels of the shallower view give way to the deeper one's midway.
    const shallow = plan.reverse ? 'destination' : 'source';
    const moves = this.#labelPictures.map(({ label, box }) => {
      const at = (view: ViewTransform) => pointAt(label, view).map((v) => v * perUnit);
      const [[x0, y0], [x1, y1]] = [at(plan.from), at(plan.to)];
      const frames = [
        { offset: 0, transform: `translate(${x0}px, ${y0}px)` },
        ...labelFade(label.end === shallow),
        { offset: 1, transform: `translate(${x1}px, ${y1}px)` },
      ];
      return idle(box, frames, timing);
    });
    return [...animations, ...moves];
  }

  /** Ends a flight where it stands: the layer is hidden and the map shows its own land again. */
  end(): void {
    if (!this.#running) return;
    this.#running.animations.forEach((a) => a.cancel());
    this.#running = undefined;
    this.layer.removeAttribute('data-flying');
  }
}
