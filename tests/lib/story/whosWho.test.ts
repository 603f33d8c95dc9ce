import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../src/schemas/actor';
import { whosWhoModel } from '../../../src/lib/story/whosWho';

const actor = (id: string, kind: Actor['kind'], represents?: string): Actor => ({
  id,
  name: id.toUpperCase(),
  kind,
  description: `${id} described`,
  source: 's',
  ...(represents ? { represents } : {}),
});

describe('whosWhoModel', () => {
  it('puts each person and outlet under the actor it represents, in content order', () => {
    const model = whosWhoModel([
      actor('qatar', 'state'),
      actor('hamas', 'armed group'),
      actor('spokesman', 'person', 'qatar'),
      actor('paper', 'outlet', 'qatar'),
      actor('official', 'person', 'hamas'),
    ]);
    expect(
      model.groups.map((g) => [g.actor.id, g.people.map((p) => p.id), g.outlets.map((o) => o.id)]),
    ).toEqual([
      ['qatar', ['spokesman'], ['paper']],
      ['hamas', ['official'], []],
    ]);
    expect(model.unattached).toEqual([]);
  });

  it('keeps people and outlets that represent no main actor', () => {
    const model = whosWhoModel([actor('qatar', 'state'), actor('agency', 'outlet')]);
    expect(model.unattached.map((a) => a.id)).toEqual(['agency']);
  });
});
