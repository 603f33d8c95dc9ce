// <locator-map>: moves the server-rendered map between views. The models come from the build (the
// same objects the SVG was written from); this script only joins them onto the existing marks by key.
import { select, type Selection } from 'd3-selection';
import type { MapViewModel } from '../lib/geo/mapModel';
import { isStill } from '../lib/geo/viewMove';
import { applyVisibleFirst, watchVariant } from './visibility';
import { set, setText } from './writes';

interface Models {
  views: Record<string, Record<string, MapViewModel>>;
  places: Record<string, { name: string; note?: string }>;
}

type Keyed = { key: string };
const flag = (on: boolean) => (on ? 'true' : 'false');
// One query, kept: asking matchMedia anew at each step costs a few milliseconds on a slow phone.
const motionQuery = matchMedia('(prefers-reduced-motion: reduce)');
const reducedMotion = () => motionQuery.matches;

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
    // The words follow in the next frame: the marks and the caption's reflow are two frames' work.
    requestAnimationFrame(() => {
      if (this.#view === viewId) this.#describe(models.views[Object.keys(models.views)[0]!]![viewId]!);
    });
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
        if (model) applyMapView(select(svg), model, shown ? duration : 0, views[svg.dataset.view ?? '']);
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

/** A translation and a scale: the only transforms the map's marks carry. */
type Move = [x: number, y: number, k: number];

const moveOf = ({ x, y, k }: { x: number; y: number; k: number }): Move => [x, y, k];
const css = ([x, y, k]: Move) => `translate(${x}px, ${y}px) scale(${k})`;
const attribute = ([x, y, k]: Move, scaled: boolean) =>
  scaled ? `translate(${x} ${y}) scale(${k})` : `translate(${x} ${y})`;

/**
 * Each element's move in progress, with its ends. Kept here: asking the element (getAnimations,
 * getComputedStyle) would force the browser to restyle the page in the middle of a frame.
 */
const moving = new WeakMap<Element, { animation: Animation; from: Move; to: Move }>();

/**
 * Where an element is drawn now: mid-move, worked out from the move's eased progress; at rest,
 * where the view the map shows puts it (`still`), known from the model without reading the page.
 */
function currentMove(el: Element, still: Move): Move {
  const move = moving.get(el);
  const progress =
    move?.animation.playState === 'running' ? move.animation.effect?.getComputedTiming().progress : null;
  if (move && typeof progress === 'number') {
    return move.from.map((v, i) => v + (move.to[i]! - v) * progress) as Move;
  }
  return still;
}

/**
 * Applies one view's model to an SVG that already holds the map's marks (keyed by data-key).
 * `shown` is the model of the view the SVG shows now (its data-view), where moves start from.
 */
export function applyMapView(
  svg: Selection<SVGSVGElement, unknown, null, undefined>,
  model: MapViewModel,
  duration: number,
  shown: MapViewModel = model,
): void {
  const geo = svg.select<SVGGElement>('.map-geo').node()!;
  const places = new Map(model.places.map((d) => [d.key, d]));
  const placeMarks = [...svg.node()!.querySelectorAll<SVGGElement>('.map-place')];

  const root = svg.node()!;
  root.querySelectorAll<SVGUseElement>('.map-area-hl').forEach((el) => {
    set(el, 'data-active', flag(model.highlightedAreas.includes(el.dataset.key ?? '')));
  });
  root.querySelectorAll<SVGUseElement>('.map-route').forEach((el) => {
    set(el, 'data-active', flag(model.routes.includes(el.dataset.key ?? '')));
  });
  for (const mark of placeMarks) {
    const d = places.get(mark.dataset.key ?? '');
    if (!d) continue;
    set(mark, 'data-highlighted', flag(d.highlighted));
    set(mark, 'data-visible', flag(d.visible));
  }

  // The land and the markers move as CSS transforms animated by the browser (Web Animations), which
  // it can run off the main thread; the transform attributes take the final values when it ends.
  // Linear in k, x and y on both, so markers stay glued to the land all the way.
  // Each mark with where it goes and where the view shown now has it.
  const wasAt = new Map(shown.places.map((d) => [d.key, d]));
  const moves: [el: SVGGElement, to: Move, scaled: boolean, at: Move][] = [
    [geo, moveOf(model.transform), true, moveOf(shown.transform)],
    ...placeMarks.flatMap((mark): [SVGGElement, Move, boolean, Move][] => {
      const d = places.get(mark.dataset.key ?? '');
      const was = wasAt.get(mark.dataset.key ?? '') ?? d;
      return d && was ? [[mark, [d.x, d.y, 1], false, [was.x, was.y, 1]]] : [];
    }),
  ];
  // A move a reader could not follow (a drift of a pixel or two) is made at once: animating it
  // would repaint the whole map for every frame of the move, for nothing.
  const [fx, fy, fk] = currentMove(geo, moves[0]![3]);
  if (duration > 0 && isStill({ x: fx, y: fy, k: fk }, model.transform, model.size)) duration = 0;
  const token = ++generation;
  root.dataset.generation = String(token);
  const animations = moves.map(([el, to, , at]) => {
    // Start from where the element is now, mid-move included.
    const from = currentMove(el, at);
    moving.get(el)?.animation.cancel();
    moving.delete(el);
    if (duration === 0) return undefined;
    const animation = el.animate([{ transform: css(from) }, { transform: css(to) }], {
      duration,
      easing: 'cubic-bezier(0.65, 0, 0.35, 1)',
      fill: 'forwards',
    });
    moving.set(el, { animation, from, to });
    return animation;
  });
  const land = () => {
    if (root.dataset.generation !== String(token)) return;
    moves.forEach(([el, to, scaled], i) => {
      set(el, 'transform', attribute(to, scaled));
      animations[i]?.cancel();
      moving.delete(el);
    });
  };
  // Labels fade out as a group, move while hidden, and come back when the map settles. Only
  // attributes that change are written, so the browser restyles as little as it can.
  if (duration > 0) root.setAttribute('data-moving', 'true');
  const settle = () => {
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
    const scale = root.querySelector('.map-scale');
    if (scale) {
      set(scale, 'data-km', model.scaleBar.km);
      set(scale.querySelector('path')!, 'd', `M0 -4V0H${model.scaleBar.width}V-4`);
      const label = scale.querySelector('text')!;
      set(label, 'x', model.scaleBar.width + 6);
      setText(label, model.scaleBar.label);
    }
    root.removeAttribute('data-moving');
  };
  if (duration === 0) {
    land();
    settle();
  } else {
    Promise.all(animations.map((a) => a?.finished)).then(
      () => {
        if (root.dataset.generation !== String(token)) return;
        land();
        settle();
      },
      () => undefined, // cancelled: a newer move took over and will settle the map
    );
  }
  set(root, 'data-view', model.id);
  setText(root.querySelector('title'), `Map: ${model.title}`);
  setText(root.querySelector('desc'), model.description);
}

customElements.define('locator-map', LocatorMapElement);
