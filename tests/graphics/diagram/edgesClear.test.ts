import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content/readContent';
import { diagramVariants } from '../../../src/graphics/diagram/diagramData';
import {
  diagramModel,
  type DiagramModel,
  type DiagramNode,
} from '../../../src/graphics/diagram/diagramModel';
import { projectRoot, realContent } from '../../support/contentFixture';

const { content } = readContent(realContent, projectRoot);

/** Points along an SVG path of M, L and Q commands (what the diagram draws), a pixel or less apart. */
function pathPoints(d: string): Array<[number, number]> {
  const n = [...d.matchAll(/-?[\d.]+/g)].map((m) => Number(m[0]));
  const [x0, y0] = [n[0]!, n[1]!];
  const curve = d.includes('Q');
  const [cx, cy, x1, y1] = curve
    ? [n[2]!, n[3]!, n[4]!, n[5]!]
    : [(x0 + n[2]!) / 2, (y0 + n[3]!) / 2, n[2]!, n[3]!];
  const steps = Math.ceil(Math.hypot(x1 - x0, y1 - y0)) + 1;
  return Array.from({ length: steps + 1 }, (_, i) => {
    const t = i / steps;
    const u = 1 - t;
    return [u * u * x0 + 2 * u * t * cx + t * t * x1, u * u * y0 + 2 * u * t * cy + t * t * y1];
  });
}

const inBox = ([x, y]: [number, number], n: DiagramNode, pad = 1) =>
  Math.abs(x - n.x) < n.width / 2 + pad && Math.abs(y - n.y) < n.height / 2 + pad;

/** Lines (relations and ties) that pass through a node that is not one of their two ends. */
function crossings(m: DiagramModel): string[] {
  const lines = [
    ...m.edges.map((e) => ({ key: e.key, ends: [e.from, e.to], d: e.d })),
    ...m.ties.map((t) => ({
      key: `tie ${t.node}`,
      ends: [t.node, m.nodes.find((n) => n.key === t.node)!.parent!],
      d: t.d,
    })),
  ];
  return lines.flatMap((line) => {
    const points = pathPoints(line.d);
    return m.nodes
      .filter((n) => !line.ends.includes(n.key) && points.some((p) => inBox(p, n)))
      .map((n) => `${line.key} through ${n.key}`);
  });
}

// At every width from 320 to 1440 px the page draws one of the diagram's two layouts, scaled
// (diagramVariants): those are the pictures a reader sees.
describe('no relation or tie passes through an actor it does not join', () => {
  for (const [variant, size] of Object.entries(diagramVariants))
    it(`in the ${variant} layout (${size.width} × ${size.height})`, () => {
      const m = diagramModel(content.actors, content.relations, size);
      expect(crossings(m)).toEqual([]);
    });
});
