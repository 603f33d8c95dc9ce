import { describe, expect, it } from 'vitest';
import { diagramModel, diagramSizeFor, nodeBox } from '../../../src/graphics/diagram/diagramModel';
import { diagramState } from '../../../src/graphics/diagram/diagramState';
import { inside, overlaps } from '../../../src/graphics/labelLayout';
import { readContent } from '../../../src/lib/content/readContent';
import type { Actor } from '../../../src/schemas/actor';
import type { Relation } from '../../../src/schemas/relation';
import { projectRoot, realContent } from '../../support/contentFixture';

const { content } = readContent(realContent, projectRoot);
const widths = [320, 375, 414, 600, 768, 1024, 1280, 1440];

describe('diagramModel at every width from 320 to 1440 px', () => {
  for (const width of widths) {
    it(`${width} px: every actor drawn once, inside the frame, no two boxes touching`, () => {
      const m = diagramModel(content.actors, content.relations, diagramSizeFor(width));
      expect(m.nodes.map((n) => n.key)).toEqual(content.actors.map((a) => a.id));
      const frame = { x: 0, y: 0, width: m.size.width, height: m.size.height };
      for (const n of m.nodes) expect(inside(nodeBox(n), frame), n.key).toBe(true);
      for (let i = 0; i < m.nodes.length; i++) {
        for (let j = i + 1; j < m.nodes.length; j++) {
          expect(
            overlaps(nodeBox(m.nodes[i]!), nodeBox(m.nodes[j]!), 2),
            `${m.nodes[i]!.key} × ${m.nodes[j]!.key}`,
          ).toBe(false);
        }
      }
      // Text stays legible: never below 11 px in the layout's own units.
      expect(Math.min(...m.nodes.map((n) => n.fontSize))).toBeGreaterThanOrEqual(11);
    });
  }

  it('draws every relation once, with its type, between the right nodes', () => {
    const m = diagramModel(content.actors, content.relations, diagramSizeFor(768));
    expect(m.edges.map((e) => e.key)).toEqual(content.relations.map((r) => r.id));
    for (const r of content.relations) {
      const e = m.edges.find((x) => x.key === r.id)!;
      expect([e.type, e.from, e.to, e.source]).toEqual([r.type, r.from, r.to, r.source]);
      expect(e.d).toMatch(/^M[-\d.]+,[-\d.]+[LQ]/);
    }
    expect(m.legend.map((l) => l.type).sort()).toEqual(
      [...new Set(content.relations.map((r) => r.type))].sort(),
    );
  });

  it('puts the parties at war on either side, with the mediators above and between them', () => {
    const m = diagramModel(content.actors, content.relations, diagramSizeFor(768));
    const at = (id: string) => m.nodes.find((n) => n.key === id)!;
    expect(at('israel').x).toBeLessThan(at('hamas').x);
    for (const mediator of ['qatar', 'egypt', 'united-states']) {
      expect(at(mediator).y).toBeLessThan(at('israel').y);
      expect(at(mediator).x).toBeGreaterThan(at('israel').x);
      expect(at(mediator).x).toBeLessThan(at('hamas').x);
    }
    expect(m.ties.map((t) => t.key)).toContain('majed-al-ansari--qatar');
  });

  it('is deterministic: the same content gives the same coordinates', () => {
    const a = diagramModel(content.actors, content.relations, diagramSizeFor(640));
    const b = diagramModel(content.actors, content.relations, diagramSizeFor(640));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('grows from YAML alone: a new actor and relation appear, with their type in the legend', () => {
    const envoy: Actor = {
      id: 'un-envoy',
      name: 'UN envoy',
      kind: 'person',
      represents: 'egypt',
      description: 'x',
      source: 'mediation-report',
    };
    const hosts: Relation = {
      id: 'egypt-hosts-hamas',
      from: 'egypt',
      to: 'hamas',
      type: 'hosts',
      label: 'Egypt hosted a Hamas delegation',
      source: 'mediation-report',
    };
    const relations = content.relations.filter((r) => r.type !== 'hosts');
    const before = diagramModel(content.actors, relations, diagramSizeFor(768));
    expect(before.legend.map((l) => l.type)).not.toContain('hosts');
    const after = diagramModel([...content.actors, envoy], [...relations, hosts], diagramSizeFor(768));
    expect(after.nodes.map((n) => n.key)).toContain('un-envoy');
    expect(after.edges.map((e) => e.key)).toContain('egypt-hosts-hamas');
    expect(after.legend.map((l) => l.type)).toContain('hosts');
    for (let i = 0; i < after.nodes.length; i++) {
      for (let j = i + 1; j < after.nodes.length; j++)
        expect(overlaps(nodeBox(after.nodes[i]!), nodeBox(after.nodes[j]!))).toBe(false);
    }
  });
});

describe('diagramState', () => {
  const edges = [
    { key: 'q-i', from: 'qatar', to: 'israel' },
    { key: 'q-h', from: 'qatar', to: 'hamas' },
  ];
  it('highlights named relations and their actors, dims the rest', () => {
    const s = diagramState(['qatar', 'israel', 'hamas', 'egypt'], edges, { actors: [], relations: ['q-i'] });
    expect(s.nodes).toEqual({ qatar: 'active', israel: 'active', hamas: 'dim', egypt: 'dim' });
    expect(s.edges).toEqual({ 'q-i': 'active', 'q-h': 'dim' });
  });
  it('leaves everything normal when a step names nothing', () => {
    const s = diagramState(['qatar'], edges, { actors: [], relations: [] });
    expect(s.nodes.qatar).toBe('normal');
    expect(s.edges['q-h']).toBe('normal');
  });
});
