/** What a step asks the diagram to draw attention to: actor and relation ids. */
export interface DiagramFocus {
  actors: readonly string[];
  relations: readonly string[];
}

export type MarkState = 'active' | 'dim' | 'normal';

/**
 * The state of every node and edge for a focus: named ones active, the rest dimmed; with nothing
 * named, everything normal. A relation named brings its two actors into focus too.
 */
export function diagramState(
  nodeKeys: readonly string[],
  edges: ReadonlyArray<{ key: string; from: string; to: string }>,
  focus: DiagramFocus,
): { nodes: Record<string, MarkState>; edges: Record<string, MarkState> } {
  const empty = focus.actors.length === 0 && focus.relations.length === 0;
  const activeEdges = new Set(focus.relations);
  const activeNodes = new Set(focus.actors);
  for (const e of edges) {
    if (!activeEdges.has(e.key)) continue;
    activeNodes.add(e.from);
    activeNodes.add(e.to);
  }
  const state = (on: boolean): MarkState => (empty ? 'normal' : on ? 'active' : 'dim');
  return {
    nodes: Object.fromEntries(nodeKeys.map((k) => [k, state(activeNodes.has(k))])),
    edges: Object.fromEntries(edges.map((e) => [e.key, state(activeEdges.has(e.key))])),
  };
}
