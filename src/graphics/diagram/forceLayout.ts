import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import type { DiagramNode, DiagramSize } from './diagramModel';

/** A node in the force run: its target (tx, ty) and collision radius r, viewBox pixels. */
type SimNode = SimulationNodeDatum & { key: string; tx: number; ty: number; r: number; main: boolean };

/** Deterministic random source for the layout (the LCG d3-force itself uses), values in [0, 1). */
export function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

/** Start positions, viewBox pixels: main nodes on their targets, satellites on a ring round their parent. */
function startNodes(
  nodes: readonly DiagramNode[],
  target: (id: string) => [number, number],
  size: DiagramSize,
): SimNode[] {
  const sim: SimNode[] = nodes.map((n) => {
    const [tx, ty] = n.main ? target(n.key) : n.parent ? target(n.parent) : [size.width / 2, size.height / 2];
    return { key: n.key, tx, ty, x: tx, y: ty, r: Math.hypot(n.width, n.height) / 2 + 3, main: n.main };
  });
  // Satellites start on a small ring around their parent, in content order: deterministic and untangled.
  const siblings = new Map<string, number>();
  sim.forEach((s, i) => {
    const parent = nodes[i]!.parent;
    if (!parent || s.main) return;
    const k = siblings.get(parent) ?? 0;
    siblings.set(parent, k + 1);
    const angle = (k * 2 * Math.PI) / 5 + 0.5;
    s.x = s.tx + Math.cos(angle) * 40;
    s.y = s.ty + Math.sin(angle) * 40;
  });
  return sim;
}

/** Settles the nodes with a seeded d3-force run of 300 ticks and writes their centres (viewBox pixels). */
export function forceLayout(
  nodes: DiagramNode[],
  target: (id: string) => [number, number],
  size: DiagramSize,
  compact: boolean,
): void {
  const sim = startNodes(nodes, target, size);
  const index = new Map(sim.map((s) => [s.key, s]));
  const ties = nodes
    .filter((n) => n.parent)
    .map((n) => ({ source: index.get(n.key)!, target: index.get(n.parent!)! }));
  // Main nodes hold their targets firmly; satellites drift, kept near their parent by the tie.
  const simulation = forceSimulation(sim)
    .randomSource(lcg(42))
    .force(
      'x',
      forceX<SimNode>((d) => d.tx).strength((d) => (d.main ? 0.9 : 0.02)),
    )
    .force(
      'y',
      forceY<SimNode>((d) => d.ty).strength((d) => (d.main ? 0.9 : 0.02)),
    )
    .force(
      'tie',
      forceLink(ties)
        .distance((l) => (l.source as SimNode).r + (l.target as SimNode).r)
        .strength(0.8),
    )
    .force('charge', forceManyBody<SimNode>().strength(compact ? -60 : -120))
    .force('collide', forceCollide<SimNode>((d) => d.r * (compact ? 0.75 : 0.85)).iterations(3))
    .stop();
  // Stopped and ticked by hand: no timer, the same positions on every build.
  simulation.tick(300);
  nodes.forEach((n, i) => Object.assign(n, { x: sim[i]!.x!, y: sim[i]!.y! }));
}
