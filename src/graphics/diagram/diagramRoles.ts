import type { Actor } from '../../schemas/actor';
import type { Relation } from '../../schemas/relation';
import type { DiagramSize } from './diagramModel';

/** Who plays which part, read from the relations so new actors find their place without code changes. */
export interface DiagramRoles {
  /** States and armed groups: the diagram's main nodes. */
  mainIds: Set<string>;
  /** The first war between two main actors: its parties sit low on either side. */
  war: Relation | undefined;
  /** Main actors that mediate, in relation order: they sit on an arc above the war. */
  mediators: string[];
  /** Any other main actors, in content order: they sit along the bottom. */
  others: string[];
}

/** States and armed groups are main nodes; people and outlets attach to the actor they represent. */
export const isMain = (a: Actor): boolean => a.kind === 'state' || a.kind === 'armed group';

/** Reads each main actor's part (party at war, mediator or other) from the relations. */
export function diagramRoles(actors: readonly Actor[], relations: readonly Relation[]): DiagramRoles {
  const mainIds = new Set(actors.filter(isMain).map((a) => a.id));
  const war = relations.find((r) => r.type === 'at-war-with' && mainIds.has(r.from) && mainIds.has(r.to));
  const mediators = [
    ...new Set(relations.filter((r) => r.type === 'mediates' && mainIds.has(r.from)).map((r) => r.from)),
  ];
  const others = [...mainIds].filter((m) => m !== war?.from && m !== war?.to && !mediators.includes(m));
  return { mainIds, war, mediators, others };
}

/** The point in viewBox pixels each main actor is pulled to: parties low on either side, mediators above. */
export function roleTargets(roles: DiagramRoles, size: DiagramSize): (id: string) => [number, number] {
  // Mediators on an arc above the war, so mediation lines come down to both sides and cross no node;
  // other main actors along the bottom.
  const { war, mediators, others } = roles;
  const margin = 14;
  const inner = { x: margin, y: margin, width: size.width - 2 * margin, height: size.height - 2 * margin };
  // Fractions of the inner frame (inside the margin) to viewBox pixels.
  const at = (fx: number, fy: number): [number, number] => [
    inner.x + inner.width * fx,
    inner.y + inner.height * fy,
  ];
  return (id) => {
    if (war?.from === id) return at(0.13, 0.74);
    if (war?.to === id) return at(0.87, 0.74);
    const slot = mediators.indexOf(id);
    if (slot >= 0) {
      const angle = Math.PI * (1.2 + (0.6 * (slot + 0.5)) / mediators.length);
      return at(0.5 + 0.34 * Math.cos(angle), 0.74 + 0.58 * Math.sin(angle));
    }
    return at((others.indexOf(id) + 1) / (others.length + 1), 0.93);
  };
}
