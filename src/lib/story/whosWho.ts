import type { Actor } from '../../schemas/actor';

/** A main actor (state or group) with the people and outlets attached to it. */
export interface WhosWhoGroup {
  actor: Actor;
  people: Actor[];
  outlets: Actor[];
}

/** Groups actors for the "Who's who": each state or group, then who speaks for it and the outlets based there; content order kept. */
export function whosWhoModel(actors: readonly Actor[]): { groups: WhosWhoGroup[]; unattached: Actor[] } {
  const main = actors.filter((a) => a.kind === 'state' || a.kind === 'armed group');
  const mainIds = new Set(main.map((a) => a.id));
  const groups = main.map((actor) => ({
    actor,
    people: actors.filter((a) => a.kind === 'person' && a.represents === actor.id),
    outlets: actors.filter((a) => a.kind === 'outlet' && a.represents === actor.id),
  }));
  const unattached = actors.filter(
    (a) => !mainIds.has(a.id) && (a.represents === undefined || !mainIds.has(a.represents)),
  );
  return { groups, unattached };
}
