// <event-timeline>: draws attention to the event the current step is about.
import type { StepState } from '../../lib/story/stepState';
import { applyMarks } from '../applyMarks.client';
import { GraphicElement } from '../graphicElement.client';
import { timelineMarks } from './marks';

/** What the build ships for the browser: the events' keys. */
export interface TimelineClientModel {
  events: string[];
}

export default class EventTimelineElement extends GraphicElement<TimelineClientModel> {
  static readonly tag = 'event-timeline';

  show(state: StepState, description?: string): void {
    const marks = timelineMarks(this.model?.events ?? [], state.event);
    this.eachLayout((svg) => applyMarks(svg, marks));
    this.querySelector<HTMLElement>('figure')!.dataset.event = state.event ?? '';
    this.describe(description);
  }

  protected drawState(figure: HTMLElement, state: StepState): boolean {
    const marks = timelineMarks(this.model?.events ?? [], state.event);
    figure.querySelectorAll('svg[data-variant]').forEach((svg) => applyMarks(svg, marks));
    figure.dataset.event = state.event ?? '';
    return true;
  }
}
