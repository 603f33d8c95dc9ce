import type { Event } from '../../schemas/event';
import { formatPartialDate, parsePartialDate } from '../../schemas/partialDate';

/** The timeline's description for an event, read out when it changes. */
export function describeEvent(id: string | undefined, events: readonly Event[]): string {
  const e = events.find((x) => x.id === id);
  if (!e) return 'The events in the story, from the start of the war to the talks in Cairo.';
  return `${formatPartialDate(parsePartialDate(e.date)!)}: ${e.label}${e.expected ? ' (expected)' : ''}.`;
}
