import type { Relation } from '../../schemas/relation';
import { clearBend, edgeCurve, exitPoint, type EdgeEnd } from './lineGeometry';
import type { DiagramEdge, DiagramModel, DiagramNode } from './diagramModel';

export { exitPoint };

// One decimal in the SVG path: finer than a pixel, and short, stable strings in the HTML.
const round = (n: number) => Number(n.toFixed(1));

/** SVG path in viewBox pixels between two nodes, trimmed to their boxes: straight, or bent by `bend` px. */
export function edgePath(a: EdgeEnd, b: EdgeEnd, bend: number): string {
  const { start, control, end } = edgeCurve(a, b, bend);
  const f = (n: number) => round(n);
  return bend
    ? `M${f(start[0])},${f(start[1])}Q${f(control[0])},${f(control[1])} ${f(end[0])},${f(end[1])}`
    : `M${f(start[0])},${f(start[1])}L${f(end[0])},${f(end[1])}`;
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
  const nodes = [...nodeById.values()];
  return relations.map((r) => {
    const [a, b] = [nodeById.get(r.from)!, nodeById.get(r.to)!];
    const pair = [r.from, r.to].sort().join('|');
    const k = pairCount.get(pair) ?? 0;
    pairCount.set(pair, k + 1);
    return {
      key: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      d: edgePath(nodeById.get(r.from)!, nodeById.get(r.to)!, clearBend(a, b, fanBend(k), nodes)),
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
  const all = [...nodeById.values()];
  return nodes
    .filter((n) => n.parent)
    .map((n) => {
      const parent = nodeById.get(n.parent!)!;
      return {
        key: `${n.key}--${n.parent}`,
        node: n.key,
        d: edgePath(n, parent, clearBend(n, parent, 0, all)),
      };
    });
}
