// <event-timeline>: draws attention to the event the current step is about.
import { applyVisibleFirst, watchVariant } from '../schedule.client';
import { setState, setText } from '../writes.client';
export class EventTimelineElement extends HTMLElement {
  #variant: () => 'narrow' | 'wide' = () => 'narrow';
  /** Whether the timeline is the graphic on show (set by <scroll-story>). */
  onShow = true;

  connectedCallback(): void {
    const frame = this.querySelector('.timeline-frame');
    if (frame) this.#variant = watchVariant(frame, () => undefined);
  }

  /** Highlights one event by id (or none); unknown ids match nothing. */
  setEvent(id: string | undefined, description?: string): void {
    const shown = (svg: SVGSVGElement) => this.onShow && svg.dataset.variant === this.#variant();
    applyVisibleFirst(this.querySelectorAll<SVGSVGElement>('svg.timeline-svg'), shown, (svg) => {
      svg.querySelectorAll<SVGGElement>('.timeline-event').forEach((e) => {
        setState(e, id === undefined ? 'normal' : e.dataset.key === id ? 'active' : 'dim');
      });
    });
    const figure = this.querySelector<HTMLElement>('figure')!;
    figure.dataset.event = id ?? '';
    // The caption is written only while the timeline is on show (see ActorDiagramElement.setFocus).
    if (this.onShow && description) setText(figure.querySelector('[data-role="description"]'), description);
  }
}
