import { geoMercator, type GeoProjection } from 'd3-geo';

/**
 * All views share one Mercator projection and differ only in scale and translation, so moving
 * between views is an affine transform of the same base geometry: paths are written once.
 */
export const baseScale = 1000;

/** The base projection: viewBox units of the shared geometry ("base units"), origin at 0°, 0°. */
export function baseProjection(): GeoProjection {
  return geoMercator().scale(baseScale).translate([0, 0]).precision(0.1);
}

/** A view's transform from base units to the view's pixels: pixel = k · base + [x, y]. */
export interface ViewTransform {
  k: number;
  x: number;
  y: number;
}

/** Pixel box a view fits its frame into: [[left, top], [right, bottom]], viewBox pixels. */
export type Extent = [[number, number], [number, number]];

/** Fits the shared projection to some geometry inside an extent (d3 fitExtent) and returns the transform. */
export function fitTransform(geometry: GeoJSON.GeoJSON, extent: Extent): ViewTransform {
  const fitted = geoMercator().fitExtent(extent, geometry as GeoJSON.GeoJsonObject as never);
  const [x, y] = fitted.translate();
  return { k: fitted.scale() / baseScale, x, y };
}

/** Projects degrees lon/lat to a view's pixels. */
export function projectWith(transform: ViewTransform): (lonLat: [number, number]) => [number, number] {
  const base = baseProjection();
  return (lonLat) => {
    const [bx, by] = base(lonLat)!;
    return [transform.k * bx + transform.x, transform.k * by + transform.y];
  };
}
