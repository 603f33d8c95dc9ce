import type { Actor } from '../../schemas/actor';
import type { Relation } from '../../schemas/relation';
import { diagramRoles, roleTargets } from './diagramRoles';
import { diagramEdges, diagramTies } from './edgeGeometry';
import { forceLayout } from './forceLayout';
import { sizeNodes } from './nodeBoxes';
import { relationTypeStyles } from './relationTypes';
import { separateBoxes } from './separateBoxes';
import { placeSatellites } from './clearLines';

export { nodeBox } from './separateBoxes';

/** Size of a diagram figure in viewBox pixels. */
export interface DiagramSize {
  width: number;
  height: number;
}

/** The diagram's layout size for a figure width: phones get a taller frame. */
export function diagramSizeFor(width: number): DiagramSize {
  return {
    width,
    height: Math.round(width < 520 ? Math.max(360, width * 1.1) : Math.min(640, width * 0.78)),
  };
}

export interface DiagramNode {
  key: string;
  name: string;
  kind: Actor['kind'];
  /** States and groups are main nodes; people and outlets attach to the actor they represent. */
  main: boolean;
  parent?: string;
  /** Centre, viewBox pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The name broken into lines that fit the node. */
  lines: string[];
  fontSize: number;
}

export interface DiagramEdge {
  key: string;
  type: Relation['type'];
  from: string;
  to: string;
  /** SVG path, viewBox pixels, trimmed to the node boxes. */
  d: string;
  label: string;
  source: string;
}

export interface DiagramModel {
  size: DiagramSize;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Lines tying people and outlets to whom they represent. */
  /** A person's or outlet's tie to whom it represents; `node` is the person or outlet. */
  ties: Array<{ key: string; node: string; d: string }>;
  /** Relation types present, in the order of the style table. */
  legend: Array<{ type: Relation['type']; label: string }>;
}

// One decimal in the model: finer than a pixel, and short, stable numbers in the HTML.
const round = (n: number) => Number(n.toFixed(1));

/** The relation types present, in the order of the style table, with their legend text. */
export function diagramLegend(relations: readonly Relation[]): DiagramModel['legend'] {
  const present = new Set(relations.map((r) => r.type));
  return (Object.keys(relationTypeStyles) as Relation['type'][])
    .filter((t) => present.has(t))
    .map((type) => ({ type, label: relationTypeStyles[type].legend }));
}

/**
 * Lays out actors and relations at one size, in viewBox pixels, deterministically: parties at war
 * on either side, mediators between them, people and outlets around whom they represent. A seeded
 * force layout settles positions; a final pass pushes apart any boxes that still touch.
 */
export function diagramModel(
  actors: readonly Actor[],
  relations: readonly Relation[],
  size: DiagramSize,
): DiagramModel {
  const compact = size.width < 520;
  const roles = diagramRoles(actors, relations);
  const nodes = sizeNodes(actors, roles.mainIds, compact);
  forceLayout(nodes, roleTargets(roles, size), size, compact);
  separateBoxes(nodes, size);
  // People and outlets where their lines cross no actor and no line crosses them, where there is room.
  placeSatellites(nodes, relations, size);
  for (const n of nodes)
    Object.assign(n, { x: round(n.x), y: round(n.y), width: round(n.width), height: round(n.height) });
  // Edges and ties are drawn between the rounded boxes, so lines meet the boxes as drawn.
  const nodeById = new Map(nodes.map((n) => [n.key, n]));
  return {
    size,
    nodes,
    edges: diagramEdges(relations, nodeById),
    ties: diagramTies(nodes, nodeById),
    legend: diagramLegend(relations),
  };
}
