import { describe, expect, it } from 'vitest';
import { overlaps, type Box } from '../../../src/graphics/labelLayout';
import { mapGeometry, mapSizeFor, mapViewModel } from '../../../src/graphics/map/mapModel';
import { mapInputs, shownLabels } from '../../support/mapFixtures';

const { geography, places, views } = mapInputs();
const widths = [320, 375, 414, 480, 600, 768, 1024, 1280, 1440];

/** The points of an SVG path made of M and L commands (d3-geo's output for a line), as [x, y]. */
const pointsOf = (d: string): Array<[number, number]> =>
  [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

/** Does the segment a–b pass through the box? (Sampled every half pixel: labels are far larger.) */
function crosses(a: [number, number], b: [number, number], box: Box): boolean {
  const steps = Math.max(1, Math.ceil(Math.hypot(b[0] - a[0], b[1] - a[1]) * 2));
  for (let i = 0; i <= steps; i++) {
    const x = a[0] + ((b[0] - a[0]) * i) / steps;
    const y = a[1] + ((b[1] - a[1]) * i) / steps;
    if (overlaps({ x: x - 1, y: y - 1, width: 2, height: 2 }, box, 0)) return true;
  }
  return false;
}

// A route or an off-map arrow drawn through a label makes it hard to read: words and lines cross.
describe('no route or off-map arrow passes through a map label', () => {
  for (const view of views.filter((v) => v.routes.length > 0 || v.offMap.length > 0))
    for (const width of widths)
      it(`${view.id} at ${width} px`, () => {
        const m = mapViewModel(geography, places, view, mapSizeFor(width));
        const geometry = mapGeometry(geography, places, [view], [m]);
        const { k, x, y } = m.transform;
        const lines = geometry.routes
          .filter((r) => m.routes.includes(r.key))
          .map((r) => ({
            key: r.key,
            points: pointsOf(r.d).map(([px, py]): [number, number] => [px * k + x, py * k + y]),
          }));
        expect(lines.length).toBe(view.routes.length);
        // Each off-map arrow, as the map draws it: 14 px back from its tip along its direction.
        const arrows = m.offMap.map((o) => {
          const rad = (o.angle * Math.PI) / 180;
          const tail: [number, number] = [o.x - 14 * Math.cos(rad), o.y - 14 * Math.sin(rad)];
          return {
            key: `arrow ${o.key}`,
            own: `off ${o.key}`,
            points: [tail, [o.x, o.y] as [number, number]],
          };
        });
        const labels = shownLabels(m);
        const drawn = [...lines.map((l) => ({ ...l, own: '' })), ...arrows];
        const crossed = labels.flatMap((l) =>
          drawn
            .filter((line) => line.own !== l.key)
            .filter((line) => line.points.some((p, i) => i > 0 && crosses(line.points[i - 1]!, p, l.box)))
            .map((line) => `${line.key} through ${l.key}`),
        );
        expect(crossed).toEqual([]);
      });
});
