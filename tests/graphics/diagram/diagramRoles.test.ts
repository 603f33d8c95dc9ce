import { describe, expect, it } from 'vitest';
import { diagramRoles, roleTargets } from '../../../src/graphics/diagram/diagramRoles';
import { forceLayout } from '../../../src/graphics/diagram/forceLayout';
import { sizeNodes } from '../../../src/graphics/diagram/nodeBoxes';
import { diagramSizeFor } from '../../../src/graphics/diagram/diagramModel';
import type { Actor } from '../../../src/schemas/actor';
import type { Relation } from '../../../src/schemas/relation';

const actor = (id: string, kind: Actor['kind'], represents?: string): Actor => ({
  id,
  name: id.toUpperCase(),
  kind,
  ...(represents ? { represents } : {}),
  description: 'x',
  source: 's',
});
const relation = (id: string, from: string, to: string, type: Relation['type']): Relation => ({
  id,
  from,
  to,
  type,
  label: id,
  source: 's',
});

// Invented names, so the roles must come from the relations and not from known ids.
const actors = [
  actor('north', 'state'),
  actor('south', 'armed group'),
  actor('broker', 'state'),
  actor('host', 'state'),
  actor('bystander', 'state'),
  actor('envoy', 'person', 'broker'),
  actor('paper', 'outlet', 'nowhere'),
];
const relations = [
  relation('war', 'north', 'south', 'at-war-with'),
  relation('m1', 'broker', 'north', 'mediates'),
  relation('m2', 'host', 'south', 'mediates'),
  relation('m3', 'broker', 'south', 'mediates'),
  relation('said', 'envoy', 'north', 'spoke-to'),
];

describe('diagramRoles', () => {
  it('reads the war, the mediators (once each) and the other main actors from the relations', () => {
    const roles = diagramRoles(actors, relations);
    expect([...roles.mainIds]).toEqual(['north', 'south', 'broker', 'host', 'bystander']);
    expect([roles.war?.from, roles.war?.to]).toEqual(['north', 'south']);
    expect(roles.mediators).toEqual(['broker', 'host']);
    expect(roles.others).toEqual(['bystander']);
  });

  for (const width of [320, 1000]) {
    it(`${width} px: parties low on either side, mediators above and between them, others below`, () => {
      const size = diagramSizeFor(width);
      const target = roleTargets(diagramRoles(actors, relations), size);
      const [north, south, broker, host, bystander] = ['north', 'south', 'broker', 'host', 'bystander'].map(
        target,
      ) as Array<[number, number]>;
      expect(north![0]).toBeLessThan(south![0]);
      for (const m of [broker!, host!]) {
        expect(m[1]).toBeLessThan(north![1]);
        expect(m[0]).toBeGreaterThan(north![0]);
        expect(m[0]).toBeLessThan(south![0]);
      }
      expect(bystander![1]).toBeGreaterThan(north![1]);
      for (const [x, y] of [north!, south!, broker!, host!, bystander!]) {
        expect(x).toBeGreaterThan(0);
        expect(x).toBeLessThan(size.width);
        expect(y).toBeGreaterThan(0);
        expect(y).toBeLessThan(size.height);
      }
    });
  }
});

describe('sizeNodes and forceLayout', () => {
  it('ties people and outlets only to a main actor they represent', () => {
    const nodes = sizeNodes(actors, diagramRoles(actors, relations).mainIds, false);
    const parent = (key: string) => nodes.find((n) => n.key === key)!.parent;
    expect(parent('envoy')).toBe('broker');
    expect(parent('paper')).toBeUndefined();
  });

  it('wraps long names to at most two lines on phones', () => {
    const long = actor('long', 'state');
    long.name = 'The Very Long Official Name of a Small State';
    const [node] = sizeNodes([long], new Set(['long']), true);
    expect(node!.lines.length).toBeLessThanOrEqual(2);
    expect(node!.lines.join(' ')).toBe(long.name);
  });

  it('settles the same way every run, with main actors near their targets', () => {
    const size = diagramSizeFor(640);
    const roles = diagramRoles(actors, relations);
    const target = roleTargets(roles, size);
    const run = () => {
      const nodes = sizeNodes(actors, roles.mainIds, false);
      forceLayout(nodes, target, size, false);
      return nodes;
    };
    const first = run();
    expect(run()).toEqual(first);
    for (const n of first.filter((m) => m.main)) {
      const [tx, ty] = target(n.key);
      expect(Math.hypot(n.x - tx, n.y - ty), n.key).toBeLessThan(size.width / 4);
    }
  });
});
