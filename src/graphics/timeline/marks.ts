// The timeline's marks for one state: the step's event stands out, the others recede. The layout
// (positions, labels) is the same in every state and written once, by TimelineSvg.astro.
import type { Marks } from '../marks';

export type TimelineLayer = 'events';

/** The marks of the events `keys` while the step is about `active` (none: all drawn alike). */
export function timelineMarks(keys: readonly string[], active: string | undefined): Marks<TimelineLayer> {
  const state = (key: string) => (active === undefined ? 'normal' : key === active ? 'active' : 'dim');
  return {
    events: {
      selector: '.timeline-event',
      marks: keys.map((key) => ({ key, attrs: { 'data-state': state(key) } })),
    },
  };
}
