import type { GraphicBuilder } from '../graphic';
import { diagramBuild, type DiagramVariant } from './diagramData';
import type { DiagramModel } from './diagramModel';
import { describeFocus } from './describe';
import type { DiagramClientModel } from './element';
import { readingOrder } from './readingOrder';

export const builder: GraphicBuilder<Record<DiagramVariant, DiagramModel>, DiagramClientModel> = {
  build: (c) => diagramBuild(c.actors, c.relations),
  clientModel: (built) => {
    const model = Object.values(built)[0]!;
    return {
      nodes: model.nodes.map((n) => n.key),
      edges: model.edges.map((e) => [e.key, e.from, e.to]),
      ties: model.ties.map((t) => [t.key, t.node]),
      // Each layout's keyboard order, as its nodes are drawn (the layouts differ).
      order: Object.fromEntries(
        Object.entries(built).map(([variant, m]) => [
          variant,
          readingOrder(m.nodes).map((i) => m.nodes[i]!.key),
        ]),
      ),
    };
  },
  describe: (state, c) => describeFocus(state, c.actors, c.relations),
};
