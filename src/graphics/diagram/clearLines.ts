import type { Relation } from '../../schemas/relation';
import { overlaps } from '../labelLayout';
import type { DiagramNode, DiagramSize } from './diagramModel';
import { nodeBox } from './separateBoxes';
import { clearBend, curvePoints, edgeCurve, nodesCrossed } from './lineGeometry';

type Point = [number, number];

interface Line {
  from: string;
  to: string;
}

/**
 * What a line costs where it is: the fewest actors it can pass through, bent as the diagram may bend
 * it (a thousand each), and how far it must bend to do so (a bent line is harder to follow).
 */
function lineCost(a: DiagramNode, b: DiagramNode, nodes: readonly DiagramNode[]): number {
  const bend = clearBend(a, b, 0, nodes);
  const crossed = nodesCrossed(curvePoints(edgeCurve(a, b, bend), bend !== 0), [a.key, b.key], nodes);
  return crossed * 1000 + Math.abs(bend);
}

/**
 * The cost of the lines `node` takes part in where it stands: each of its own lines, and each other
 * line that passes near it (it may have to bend round the node).
 */
function costAt(node: DiagramNode, nodes: readonly DiagramNode[], lines: readonly Line[]): number {
  const reach = 60;
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  let cost = 0;
  for (const line of lines) {
    const [a, b] = [byKey.get(line.from)!, byKey.get(line.to)!];
    const own = a === node || b === node;
    // Near: the line's box, widened by the bends tried, holds the node's centre.
    const near =
      node.x > Math.min(a.x, b.x) - reach &&
      node.x < Math.max(a.x, b.x) + reach &&
      node.y > Math.min(a.y, b.y) - reach &&
      node.y < Math.max(a.y, b.y) + reach;
    if (own || near) cost += lineCost(a, b, nodes);
  }
  return cost;
}

/** Where a satellite may sit: rings round its parent, nearest first, inside the frame. */
function spots(node: DiagramNode, parent: DiagramNode, size: DiagramSize): Point[] {
  const near = Math.hypot(node.width + parent.width, node.height + parent.height) / 2 + 6;
  const out: Point[] = [[node.x, node.y]];
  for (const radius of [near, near * 1.4, near * 1.9, near * 2.5])
    for (let k = 0; k < 16; k++) {
      const angle = (k * Math.PI) / 8;
      out.push([parent.x + Math.cos(angle) * radius, parent.y + Math.sin(angle) * radius]);
    }
  return out.filter(
    ([x, y]) =>
      x - node.width / 2 >= 4 &&
      x + node.width / 2 <= size.width - 4 &&
      y - node.height / 2 >= 4 &&
      y + node.height / 2 <= size.height - 4,
  );
}

/**
 * Moves people and outlets, one at a time and in content order, to the spot round whom they
 * represent where their lines (relations and tie) cross the fewest actors and the fewest lines
 * cross them, never onto another box; nearer spots win ties. Deterministic.
 */
export function placeSatellites(
  nodes: DiagramNode[],
  relations: readonly Relation[],
  size: DiagramSize,
  gap = 6,
): void {
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const lines: Line[] = [
    ...relations.map((r) => ({ from: r.from, to: r.to })),
    ...nodes.filter((n) => n.parent).map((n) => ({ from: n.key, to: n.parent! })),
  ];
  // Rounds alternate the order, so one satellite's move can open room for another's.
  for (let round = 0; round < 3; round++)
    for (const node of round % 2 === 0 ? nodes : [...nodes].reverse()) {
      const parent = node.parent ? byKey.get(node.parent) : undefined;
      if (node.main || !parent) continue;
      const [x0, y0] = [node.x, node.y];
      let best: { at: Point; cost: number } | undefined;
      for (const [x, y] of spots(node, parent, size)) {
        Object.assign(node, { x, y });
        if (nodes.some((o) => o !== node && overlaps(nodeBox(o), nodeBox(node), gap))) continue;
        const cost = costAt(node, nodes, lines) + Math.hypot(x - parent.x, y - parent.y);
        if (!best || cost < best.cost) best = { at: [x, y], cost };
      }
      const [x, y] = best?.at ?? [x0, y0];
      Object.assign(node, { x, y });
    }
}
