import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationNodeDatum,
} from 'd3-force';
import type { Actor } from '../../schemas/actor';
import type { Relation } from '../../schemas/relation';
import { overlaps, textWidth, type Box } from '../labelLayout';
import { relationTypeStyles } from './relationTypes';

/** Size of a diagram figure in viewBox pixels. */
export interface DiagramSize {
  width: number;
  height: number;
}

/** The diagram's layout size for a figure width: phones get a taller frame. */
export function diagramSizeFor(width: number): DiagramSize {
  return {
    width,
    height: Math.round(width < 520 ? Math.max(340, width * 1.02) : Math.min(640, width * 0.78)),
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

const round = (n: number) => Number(n.toFixed(1));

/** Splits a name into at most two lines no wider than `max` pixels. */
function wrap(name: string, size: number, bold: boolean, max: number): string[] {
  if (textWidth(name, size, { bold }) <= max) return [name];
  const words = name.split(' ');
  let best: string[] = [name];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const width = Math.max(...lines.map((l) => textWidth(l, size, { bold })));
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return best;
}

/** Deterministic random source for the layout (the LCG d3-force itself uses). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => (s = (1664525 * s + 1013904223) % 4294967296) / 4294967296;
}

type SimNode = SimulationNodeDatum & { key: string; tx: number; ty: number; r: number; main: boolean };

/**
 * Lays out actors and relations at one size, deterministically: parties at war on either side,
 * mediators between them, people and outlets around whom they represent. A seeded force layout
 * settles positions; a final pass pushes apart any boxes that still touch.
 */
export function diagramModel(
  actors: readonly Actor[],
  relations: readonly Relation[],
  size: DiagramSize,
): DiagramModel {
  const compact = size.width < 520;
  const mainFont = compact ? 13 : 15;
  const satFont = compact ? 11 : 12.5;
  const isMain = (a: Actor) => a.kind === 'state' || a.kind === 'armed group';
  const mainIds = new Set(actors.filter(isMain).map((a) => a.id));

  // Roles read from the relations themselves, so new actors find their place without code changes.
  const war = relations.find((r) => r.type === 'at-war-with' && mainIds.has(r.from) && mainIds.has(r.to));
  const mediators = [
    ...new Set(relations.filter((r) => r.type === 'mediates' && mainIds.has(r.from)).map((r) => r.from)),
  ];
  const margin = 14;
  const inner = { x: margin, y: margin, width: size.width - 2 * margin, height: size.height - 2 * margin };
  // The parties low on either side, the war between them along the bottom; mediators on an arc
  // above, so mediation lines come down to both sides and cross no node. Other main actors below.
  const at = (fx: number, fy: number): [number, number] => [
    inner.x + inner.width * fx,
    inner.y + inner.height * fy,
  ];
  const others = [...mainIds].filter((m) => m !== war?.from && m !== war?.to && !mediators.includes(m));
  const target = (id: string): [number, number] => {
    if (war?.from === id) return at(0.13, 0.74);
    if (war?.to === id) return at(0.87, 0.74);
    const slot = mediators.indexOf(id);
    if (slot >= 0) {
      const angle = Math.PI * (1.2 + (0.6 * (slot + 0.5)) / mediators.length);
      return at(0.5 + 0.34 * Math.cos(angle), 0.74 + 0.58 * Math.sin(angle));
    }
    return at((others.indexOf(id) + 1) / (others.length + 1), 0.93);
  };

  const nodes: DiagramNode[] = actors.map((a) => {
    const main = isMain(a);
    const fontSize = main ? mainFont : satFont;
    const lines = wrap(a.name, fontSize, main, compact ? 92 : 130);
    const width = Math.max(...lines.map((l) => textWidth(l, fontSize, { bold: main }))) + (main ? 20 : 14);
    const height = lines.length * fontSize * 1.2 + (main ? 12 : 8);
    const parent = !main && a.represents && mainIds.has(a.represents) ? a.represents : undefined;
    return {
      key: a.id,
      name: a.name,
      kind: a.kind,
      main,
      ...(parent ? { parent } : {}),
      x: 0,
      y: 0,
      width,
      height,
      lines,
      fontSize,
    };
  });

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
  const index = new Map(sim.map((s) => [s.key, s]));
  const ties = nodes
    .filter((n) => n.parent)
    .map((n) => ({ source: index.get(n.key)!, target: index.get(n.parent!)! }));
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
  simulation.tick(300);

  nodes.forEach((n, i) => Object.assign(n, { x: sim[i]!.x!, y: sim[i]!.y! }));
  separate(nodes, size);
  for (const n of nodes)
    Object.assign(n, { x: round(n.x), y: round(n.y), width: round(n.width), height: round(n.height) });

  const nodeById = new Map(nodes.map((n) => [n.key, n]));
  const pairCount = new Map<string, number>();
  const edges = relations.map((r) => {
    const pair = [r.from, r.to].sort().join('|');
    const k = pairCount.get(pair) ?? 0;
    pairCount.set(pair, k + 1);
    // Several relations between one pair fan out as curves: 0, +1, -1, +2 ... bends.
    const bend = k === 0 ? 0 : (k % 2 === 1 ? 1 : -1) * Math.ceil(k / 2) * 26;
    return {
      key: r.id,
      type: r.type,
      from: r.from,
      to: r.to,
      d: edgePath(nodeById.get(r.from)!, nodeById.get(r.to)!, bend),
      label: r.label,
      source: r.source,
    };
  });
  const present = new Set(relations.map((r) => r.type));
  return {
    size,
    nodes,
    edges,
    ties: nodes
      .filter((n) => n.parent)
      .map((n) => ({
        key: `${n.key}--${n.parent}`,
        node: n.key,
        d: edgePath(n, nodeById.get(n.parent!)!, 0),
      })),
    legend: (Object.keys(relationTypeStyles) as Relation['type'][])
      .filter((t) => present.has(t))
      .map((type) => ({ type, label: relationTypeStyles[type].legend })),
  };
}

/** The box of a node, viewBox pixels. */
export function nodeBox(n: Pick<DiagramNode, 'x' | 'y' | 'width' | 'height'>): Box {
  return { x: n.x - n.width / 2, y: n.y - n.height / 2, width: n.width, height: n.height };
}

/** Pushes overlapping boxes apart along their smaller overlap and keeps them in the frame, until none touch. */
function separate(nodes: DiagramNode[], size: DiagramSize, gap = 6): void {
  const clamp = (n: DiagramNode) => {
    n.x = Math.min(Math.max(n.x, n.width / 2 + 4), size.width - n.width / 2 - 4);
    n.y = Math.min(Math.max(n.y, n.height / 2 + 4), size.height - n.height / 2 - 4);
  };
  nodes.forEach(clamp);
  for (let pass = 0; pass < 400; pass++) {
    let moved = false;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        if (!overlaps(nodeBox(a), nodeBox(b), gap)) continue;
        moved = true;
        const dx = (a.width + b.width) / 2 + gap - Math.abs(a.x - b.x);
        const dy = (a.height + b.height) / 2 + gap - Math.abs(a.y - b.y);
        // Main nodes hold their place; satellites give way.
        const share = a.main === b.main ? 0.5 : a.main ? 0.15 : 0.85;
        if (dx < dy) {
          const sign = a.x < b.x || (a.x === b.x && i < j) ? -1 : 1;
          a.x += sign * dx * share + sign * 0.01;
          b.x -= sign * dx * (1 - share) + sign * 0.01;
        } else {
          const sign = a.y < b.y || (a.y === b.y && i < j) ? -1 : 1;
          a.y += sign * dy * share + sign * 0.01;
          b.y -= sign * dy * (1 - share) + sign * 0.01;
        }
        clamp(a);
        clamp(b);
      }
    }
    if (!moved) return;
  }
}

/** Where the segment from a box's centre towards (tx, ty) leaves the box. */
function exitPoint(n: DiagramNode, tx: number, ty: number, pad = 3): [number, number] {
  const dx = tx - n.x;
  const dy = ty - n.y;
  const sx = dx === 0 ? Infinity : (n.width / 2 + pad) / Math.abs(dx);
  const sy = dy === 0 ? Infinity : (n.height / 2 + pad) / Math.abs(dy);
  const s = Math.min(sx, sy, 1);
  return [n.x + dx * s, n.y + dy * s];
}

/** A straight or bent path between two nodes, trimmed to their boxes. */
function edgePath(a: DiagramNode, b: DiagramNode, bend: number): string {
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
