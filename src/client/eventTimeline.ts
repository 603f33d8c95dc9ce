// <event-timeline>: draws attention to the event the current step is about.
export class EventTimelineElement extends HTMLElement {
  /** Highlights one event by id (or none); unknown ids match nothing. */
  setEvent(id: string | undefined, description?: string): void {
    this.querySelectorAll<SVGGElement>('.timeline-event').forEach((e) => {
      e.dataset.state = id === undefined ? 'normal' : e.dataset.key === id ? 'active' : 'dim';
    });
    const figure = this.querySelector<HTMLElement>('figure')!;
    figure.dataset.event = id ?? '';
    const desc = figure.querySelector('[data-role="description"]');
    if (desc && description) desc.textContent = description;
  }
}

customElements.define('event-timeline', EventTimelineElement);
