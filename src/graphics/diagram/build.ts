import type { GraphicBuilder } from '../graphic';
import { diagramBuild, type DiagramVariant } from './diagramData';
import type { DiagramModel } from './diagramModel';
import { describeFocus } from './describe';
import type { DiagramClientModel } from './element';

export const builder: GraphicBuilder<Record<DiagramVariant, DiagramModel>, DiagramClientModel> = {
  build: (c) => diagramBuild(c.actors, c.relations),
  clientModel: (built) => {
    const model = Object.values(built)[0]!;
    return {
      nodes: model.nodes.map((n) => n.key),
      edges: model.edges.map((e) => [e.key, e.from, e.to]),
      ties: model.ties.map((t) => [t.key, t.node]),
      centres: Object.fromEntries(
        Object.entries(built).map(([variant, m]) => [variant, m.nodes.map((n) => [n.x, n.y])]),
      ),
    };
  },
  describe: (state, c) => describeFocus(state, c.actors, c.relations),
};
