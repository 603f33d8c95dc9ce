import type { Event } from '../../schemas/event';
import { timelineModel, timelineSizeFor, type TimelineModel } from './timelineModel';

/** The two layouts the page ships; CSS shows the one that fits the figure's width. */
export const timelineVariants = { narrow: timelineSizeFor(320), wide: timelineSizeFor(640) } as const;

export function timelineBuild(
  events: readonly Event[],
): Record<keyof typeof timelineVariants, TimelineModel> {
  return {
    narrow: timelineModel(events, timelineVariants.narrow),
    wide: timelineModel(events, timelineVariants.wide),
  };
}
