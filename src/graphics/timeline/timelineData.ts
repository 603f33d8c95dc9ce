import type { Event } from '../../schemas/event';
import { timelineModel, timelineSizeFor, type TimelineModel } from './timelineModel';

/**
 * The layouts the page ships; CSS shows the one that fits the figure's width. The short one is for
 * a pane wider than tall (the story on a phone held sideways): its labels wrap less, so it needs
 * less height than the narrow one and stays legible at the pane's height.
 */
export const timelineVariants = {
  narrow: timelineSizeFor(320),
  wide: timelineSizeFor(640),
  short: { width: 480, height: 300 },
} as const;

export function timelineBuild(
  events: readonly Event[],
): Record<keyof typeof timelineVariants, TimelineModel> {
  return {
    narrow: timelineModel(events, timelineVariants.narrow),
    wide: timelineModel(events, timelineVariants.wide),
    short: timelineModel(events, timelineVariants.short),
  };
}
