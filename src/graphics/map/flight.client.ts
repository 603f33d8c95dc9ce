// A map's flight between two views, drawn by pictures of the land in a layer behind the map: the
// browser's compositor moves them, so no frame of the flight is painted on the main thread (see
// flightPlan). The map hides its land meanwhile and keeps its footer; its markers and labels fade
// out, and come back when it lands.
import type { ViewTransform } from './projection';
import { flightPlan, viewAt, type PictureMove } from './viewMove';
import { set } from '../writes.client';

const svgNS = 'http://www.w3.org/2000/svg';
const css = ({ x, y, k }: PictureMove, perUnit: number) =>
  `translate(${x * perUnit}px, ${y * perUnit}px) scale(${k})`;
export const transformAttribute = ({ x, y, k }: ViewTransform): string => `translate(${x} ${y}) scale(${k})`;

type Plan = ReturnType<typeof flightPlan>;
type Box = { left: number; top: number; width: number; height: number };

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
  #pictures: SVGSVGElement[] = [];
  #running: { animations: Animation[]; from: ViewTransform; to: ViewTransform } | undefined;
  /** Where the map sits in its frame, in CSS pixels: measured after layout, never mid-frame. */
  box: Box | undefined;

  constructor(readonly svg: SVGSVGElement) {
    this.layer.className = 'map-flight';
    this.layer.setAttribute('aria-hidden', 'true');
    svg.before(this.layer);
  }

  get flying(): boolean {
    return this.#running !== undefined;
  }

  /** Puts the layer over the map, or out of layout while the map is not laid out. Only on a change: a write restyles. */
  place(box: Box | undefined): void {
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
      this.layer.append(copy);
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

  /** Draws the plan's pictures, each at its view; hides the ones it does not use. Writes only what differs. */
  draw(plan: Plan): void {
    this.ensure(plan.pictures.length);
    const active = this.#activeAreas();
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

  /** Starts the flight the plan describes; resolves when it lands, rejects if a newer move cancels it. */
  start(plan: Plan, duration: number, viewWidth: number): Promise<unknown> {
    this.draw(plan);
    set(this.layer, 'data-flying', 'true');
    const perUnit = this.box!.width / viewWidth;
    const timing: KeyframeAnimationOptions = {
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
      return this.#pictures[i]!.animate(frames, timing);
    });
    this.#running = { animations, from: plan.from, to: plan.to };
    return Promise.all(animations.map((a) => a.finished));
  }

  /** Ends a flight where it stands: the layer is hidden and the map shows its own land again. */
  end(): void {
    if (!this.#running) return;
    this.#running.animations.forEach((a) => a.cancel());
    this.#running = undefined;
    this.layer.removeAttribute('data-flying');
  }
}
