// The map's geometry as a file of its own: every map figure on every page (both stories, the embeds)
// draws it with <use href="<file>#map-land">, so a reader's browser fetches and caches it once,
// and the story's HTML carries none of it (some 70 KB of coastlines). Rules written in this file
// style its paths wherever they are used: a page's stylesheet does not reach into an external
// document's shapes, but properties set on the <use> (fill, stroke) are inherited, as are custom
// properties such as --map-vector-effect, which a flight's pictures set to draw scaling strokes.
import { compactPath } from './compactPath';
import type { MapGeometry } from './mapModel';

// The grids the file's paths are drawn on, in base units: Natural Earth's to 0.1 (0.07 px in the widest
// region view, the closest it is seen: the close-up draws the detailed layer over it), the close-up's
// to 0.005 (0.3 px at its widest).
const regionStep = 0.1;
const detailStep = 0.005;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const path = (id: string, d: string, key?: string, step = regionStep) =>
  `<path id="${escape(id)}"${key === undefined ? '' : ` data-key="${escape(key)}"`} d="${escape(compactPath(d, step))}"/>`;

/** The SVG document of the map's shared geometry: the ids MapSvg.astro's <use> elements name. */
export function geometrySvg(geometry: MapGeometry): string {
  return [
    '<svg xmlns="http://www.w3.org/2000/svg">',
    // Strokes keep their width at every zoom (see map.css); a flight's pictures opt out.
    '<style>path{vector-effect:var(--map-vector-effect,non-scaling-stroke)}</style>',
    '<defs>',
    '<g id="map-land">',
    ...geometry.areas.map((a) => path(`map-area-${a.key}`, a.d, a.key)),
    '</g>',
    path('map-borders', geometry.borders),
    path('map-detail-box', geometry.detail.box, undefined, detailStep),
    '<g id="map-detail-land">',
    ...geometry.detail.areas.map((a) => path(`map-detail-area-${a.key}`, a.d, a.key, detailStep)),
    '</g>',
    path('map-detail-borders', geometry.detail.borders, undefined, detailStep),
    path('map-detail-egypt-gaza', geometry.detail.egyptGaza, undefined, detailStep),
    ...geometry.routes.map((r) => path(`map-route-${r.key}`, r.d, r.key)),
    '</defs>',
    '</svg>',
    '',
  ].join('\n');
}
