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
