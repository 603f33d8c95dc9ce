// The diagram's marks for one focus: what the step names stands out, the rest recedes. The layout
// (positions, paths, labels) is the same in every state and written once, by DiagramSvg.astro.
import type { Marks } from '../marks';
import { diagramState, type DiagramFocus } from './diagramState';

/** The diagram's keyed marks: nodes, edges with their two actors, ties with their person or outlet. */
export interface DiagramKeys {
  nodes: readonly string[];
  edges: ReadonlyArray<readonly [key: string, from: string, to: string]>;
  ties: ReadonlyArray<readonly [key: string, node: string]>;
}

export type DiagramLayer = 'nodes' | 'edges' | 'ties';

/** The marks of the diagram whose keys are `keys` while a step names `focus`. */
export function diagramMarks(keys: DiagramKeys, focus: DiagramFocus): Marks<DiagramLayer> {
  const edges = keys.edges.map(([key, from, to]) => ({ key, from, to }));
  const state = diagramState(keys.nodes, edges, focus);
  return {
    nodes: {
      selector: '.diagram-node',
      marks: keys.nodes.map((key) => ({ key, attrs: { 'data-state': state.nodes[key] } })),
    },
    edges: {
      selector: '.diagram-edge',
      marks: edges.map(({ key }) => ({ key, attrs: { 'data-state': state.edges[key] } })),
    },
    ties: {
      selector: '.diagram-ties path',
      marks: keys.ties.map(([key, node]) => ({
        key,
        attrs: { 'data-state': state.nodes[node] === 'dim' ? 'dim' : 'normal' },
      })),
    },
  };
}
