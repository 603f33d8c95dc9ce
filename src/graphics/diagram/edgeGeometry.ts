import type { Relation } from '../../schemas/relation';
import type { DiagramEdge, DiagramModel, DiagramNode } from './diagramModel';

/** Centre and size of a node, viewBox pixels: all an edge needs. */
type EdgeEnd = Pick<DiagramNode, 'x' | 'y' | 'width' | 'height'>;

// One decimal in the SVG path: finer than a pixel, and short, stable strings in the HTML.
const round = (n: number) => Number(n.toFixed(1));

/** Where the line from a box's centre to (tx, ty) leaves the box, `pad` out; viewBox pixels. */
export function exitPoint(n: EdgeEnd, tx: number, ty: number, pad = 3): [number, number] {
  const dx = tx - n.x;
  const dy = ty - n.y;
  const sx = dx === 0 ? Infinity : (n.width / 2 + pad) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (n.height / 2 + pad) / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return [n.x + dx * s, n.y + dy * s];
}

/** SVG path in viewBox pixels between two nodes, trimmed to their boxes: straight, or bent by `bend` px. */
export function edgePath(a: EdgeEnd, b: EdgeEnd, bend: number): string {
  const [mx, my] = [(a.x + b.x) / 2, (a.y + b.y) / 2];
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  // Control point off the midpoint, perpendicular to the chord.
  const [cx, cy] = [mx - ((b.y - a.y) / length) * bend, my + ((b.x - a.x) / length) * bend];
  const [x1, y1] = exitPoint(a, bend ? cx : b.x, bend ? cy : b.y);
  const [x2, y2] = exitPoint(b, bend ? cx : a.x, bend ? cy : a.y);
  const f = (n: number) => round(n);
  return bend
    ? `M${f(x1)},${f(y1)}Q${f(cx)},${f(cy)} ${f(x2)},${f(y2)}`
    : `M${f(x1)},${f(y1)}L${f(x2)},${f(y2)}`;
}

/** The bend of the k-th relation between one pair, viewBox pixels: 0, +26, -26, +52 ... so they fan out. */
export function fanBend(k: number): number {
  return k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * 26;
}

/** One edge per relation, in relation order, with its path in viewBox pixels between the placed nodes. */
export function diagramEdges(
  relations: readonly Relation[],
  nodeById: ReadonlyMap<string, DiagramNode>,
): DiagramEdge[] {
  // Counted per unordered pair, so A→B and B→A fan out from each other too.
  const pairCount = new Map<string, number>();
  return relations.map((r) => {
    const pair = [r.from, r.to].sort().join('|');
    const k = pairCount.get(pair) ?? 0;
    pairCount.set(pair, k + 1);
    return {
      key: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      d: edgePath(nodeById.get(r.from)!, nodeById.get(r.to)!, fanBend(k)),
      label: r.label,
      source: r.source,
    };
  });
}

/** Straight lines, viewBox pixels, tying each person or outlet to the main actor it represents. */
export function diagramTies(
  nodes: readonly DiagramNode[],
  nodeById: ReadonlyMap<string, DiagramNode>,
): DiagramModel['ties'] {
  return nodes
    .filter((n) => n.parent)
    .map((n) => ({ key: `${n.key}--${n.parent}`, node: n.key, d: edgePath(n, nodeById.get(n.parent!)!, 0) }));
}
