import type { ViewTransform } from './projection';
import { baseScale } from './projection';

const earthRadiusKm = 6371;
const niceLengths = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000];

export interface ScaleBar {
  /** Bar length in viewBox pixels. */
  width: number;
  km: number;
  label: string;
}

/** A round-numbered scale bar no longer than `maxWidth` pixels, true at latitude `lat` (Mercator varies with latitude). */
export function scaleBar(transform: ViewTransform, lat: number, maxWidth: number): ScaleBar {
  const pxPerKm = (transform.k * baseScale) / (earthRadiusKm * Math.cos((lat * Math.PI) / 180));
  const km = [...niceLengths].reverse().find((length) => length * pxPerKm <= maxWidth) ?? niceLengths[0]!;
  return { width: km * pxPerKm, km, label: `${km.toLocaleString('en-GB')} km` };
}
