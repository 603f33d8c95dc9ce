import { describe, expect, it } from 'vitest';
import { builder } from '../../../src/graphics/diagram/build';
import { diagramMarks } from '../../../src/graphics/diagram/marks';
import { markOf } from '../../../src/graphics/marks';
import { readContent } from '../../../src/lib/content/readContent';
import { projectRoot, realContent } from '../../support/contentFixture';
import { mapInputs } from '../../support/mapFixtures';

const { content } = readContent(realContent, projectRoot);
const graphicContent = { ...content, geography: mapInputs().geography, sources: content.sources };
const keys = builder.clientModel(builder.build(graphicContent), graphicContent);
const state = (marks: ReturnType<typeof diagramMarks>, layer: 'nodes' | 'edges' | 'ties', key: string) =>
  markOf(marks[layer], key).attrs['data-state'];

describe("the diagram's marks", () => {
  it('with nothing named, draws every node, edge and tie alike', () => {
    const marks = diagramMarks(keys, { actors: [], relations: [] });
    for (const layer of ['nodes', 'edges', 'ties'] as const)
      expect(new Set(marks[layer].marks.map((m) => m.attrs['data-state']))).toEqual(new Set(['normal']));
  });

  it('a relation named lights up with its two actors; the rest, and ties of dimmed actors, recede', () => {
    const [key, from, to] = keys.edges[0]!;
    const marks = diagramMarks(keys, { actors: [], relations: [key] });
    expect(state(marks, 'edges', key)).toBe('active');
    expect(state(marks, 'nodes', from)).toBe('active');
    expect(state(marks, 'nodes', to)).toBe('active');
    for (const [other] of keys.edges.slice(1)) expect(state(marks, 'edges', other)).toBe('dim');
    for (const [tie, node] of keys.ties)
      expect(state(marks, 'ties', tie)).toBe(node === from || node === to ? 'normal' : 'dim');
  });

  it('an actor named lights up alone; a name that is no actor lights up nothing', () => {
    const actor = keys.nodes[0]!;
    const marks = diagramMarks(keys, { actors: [actor, 'no-such-actor'], relations: [] });
    expect(state(marks, 'nodes', actor)).toBe('active');
    expect(marks.nodes.marks.filter((m) => m.attrs['data-state'] === 'active')).toHaveLength(1);
  });
});
