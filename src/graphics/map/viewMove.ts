import type { ViewTransform } from './projection';

/** A rectangle in viewBox pixels: the part of the map a reader sees. */
export interface Frame {
  width: number;
  height: number;
}

/**
 * How far, in viewBox pixels, the farthest point of the frame travels on screen when the map goes
 * from one view's transform to another's. The move is affine (pixel = k · base + [x, y]), so a
 * point on screen at s lands at (k₂/k₁)(s − t₁) + t₂; the largest shift is at a corner.
 */
export function largestShift(from: ViewTransform, to: ViewTransform, frame: Frame): number {
  const r = to.k / from.k;
  let largest = 0;
  for (const sx of [0, frame.width])
    for (const sy of [0, frame.height]) {
      const dx = r * (sx - from.x) + to.x - sx;
      const dy = r * (sy - from.y) + to.y - sy;
      largest = Math.max(largest, Math.hypot(dx, dy));
    }
  return largest;
}

/**
 * Below this shift a move is not worth animating: a reader cannot follow a drift of a few pixels,
 * and each animated frame repaints the whole map on the main thread.
 */
export const stillThreshold = 3;

/** Whether going from one transform to another moves nothing a reader would notice. */
export function isStill(from: ViewTransform, to: ViewTransform, frame: Frame): boolean {
  return largestShift(from, to, frame) < stillThreshold;
}

/** The view a move shows at eased progress p (0 → 1): linear in k, x and y. */
export function viewAt(from: ViewTransform, to: ViewTransform, p: number): ViewTransform {
  return {
    k: from.k + (to.k - from.k) * p,
    x: from.x + (to.x - from.x) * p,
    y: from.y + (to.y - from.y) * p,
  };
}

/**
 * A move of a whole picture of the map, about its top-left corner: point s goes to k · s + [x, y]
 * (viewBox pixels). The browser can animate such a move off the main thread.
 */
export type PictureMove = ViewTransform;

/** The move that takes a picture drawn at one view to where another view puts the land. */
export function moveBetween(drawn: ViewTransform, shown: ViewTransform): PictureMove {
  const k = shown.k / drawn.k;
  return { k, x: shown.x - k * drawn.x, y: shown.y - k * drawn.y };
}

/** Where a picture drawn at `view` puts its land once moved by `move`. */
export function moved(view: ViewTransform, move: PictureMove): ViewTransform {
  return { k: move.k * view.k, x: move.k * view.x + move.x, y: move.k * view.y + move.y };
}

/**
 * How far a picture may be enlarged before its blur shows. The compositor scales a picture as an
 * image, rastered once at about twice its size at most (Chromium caps a moving layer's raster at
 * the viewport's area), so a picture enlarged 6 times is at worst 3 times blurred, in motion.
 */
export const pictureStep = 6.5;

/** One picture of a flight: drawn at `view`, moved from `start` to `end`, faded by `opacity`. */
export interface FlightPicture {
  view: ViewTransform;
  start: PictureMove;
  end: PictureMove;
  /** Opacity keyframes, offsets in eased progress. */
  opacity: { offset: number; opacity: number }[];
}

/**
 * A flight between two views, drawn by pictures the compositor moves: no frame of it is painted
 * on the main thread. Each picture is drawn at a view on the way, the first at the shallower end,
 * each next one `pictureStep` times deeper at most; deeper ones lie on top and fade in as they grow
 * to fill the frame, so the picture on show is never enlarged much past its drawing. Every picture,
 * moved linearly as CSS interpolates translate() scale(), puts the land exactly where viewAt puts
 * it at every moment. A zoom out is the zoom in played backwards (`reverse`): the easing is
 * symmetric, so the views on the way are the same.
 */
export function flightPlan(
  from: ViewTransform,
  to: ViewTransform,
): { reverse: boolean; from: ViewTransform; to: ViewTransform; pictures: FlightPicture[] } {
  const reverse = to.k < from.k;
  const [a, b] = reverse ? [to, from] : [from, to];
  const ratio = b.k / a.k;
  const count = Math.max(2, Math.ceil(Math.log(ratio) / Math.log(pictureStep) - 1e-9) + 1);
  const step = ratio ** (1 / (count - 1));
  // Eased progress at which the view's scale is k (k is linear in progress); a pan fades midway.
  const at = (k: number) => (b.k === a.k ? 0.5 : Math.min(1, Math.max(0, (k - a.k) / (b.k - a.k))));
  const pictures = Array.from({ length: count }, (_, i): FlightPicture => {
    const view = i === 0 ? a : i === count - 1 ? b : viewAt(a, b, at(a.k * step ** i));
    const full = i === 0 ? 0 : at(view.k);
    const begin = i === 0 ? 0 : b.k === a.k ? 0.25 : at(view.k / Math.sqrt(step));
    const opacity =
      i === 0
        ? [
            { offset: 0, opacity: 1 },
            { offset: 1, opacity: 1 },
          ]
        : [
            { offset: 0, opacity: 0 },
            { offset: begin, opacity: 0 },
            { offset: Math.max(full, begin), opacity: 1 },
            { offset: 1, opacity: 1 },
          ];
    return { view, start: moveBetween(view, a), end: moveBetween(view, b), opacity };
  });
  return { reverse, from: a, to: b, pictures };
}
