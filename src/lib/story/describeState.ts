import type { Actor } from '../../schemas/actor';
import type { Event } from '../../schemas/event';
import type { Relation } from '../../schemas/relation';
import type { DiagramFocus } from '../actors/diagramState';
import { formatPartialDate, parsePartialDate } from '../../schemas/partialDate';

/** The diagram's description for a focus, read out when it changes. */
export function describeFocus(
  focus: DiagramFocus,
  actors: readonly Actor[],
  relations: readonly Relation[],
): string {
  const relationLabels = focus.relations
    .map((id) => relations.find((r) => r.id === id)?.label)
    .filter(Boolean);
  const actorNames = focus.actors.map((id) => actors.find((a) => a.id === id)?.name).filter(Boolean);
  if (relationLabels.length > 0) return `Highlighted: ${relationLabels.join('; ')}.`;
  if (actorNames.length > 0) return `Highlighted: ${actorNames.join(', ')}.`;
  return 'The parties at war, the three mediators between them, and the people and outlets who spoke.';
}

/** The timeline's description for an event, read out when it changes. */
export function describeEvent(id: string | undefined, events: readonly Event[]): string {
  const e = events.find((x) => x.id === id);
  if (!e) return 'The events in the story, from the start of the war to the talks in Cairo.';
  return `${formatPartialDate(parsePartialDate(e.date)!)}: ${e.label}${e.expected ? ' (expected)' : ''}.`;
}
