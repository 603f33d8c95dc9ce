import { utcFormat } from 'd3-time-format';
import type { Event } from '../../schemas/event';
import { partialDateStart, type PartialDate } from '../../schemas/partialDate';
import { textWidth } from '../labelLayout';

/** The date as readers see it, only as precise as it is known. */
const shortDate = { day: utcFormat('%-d %b %Y'), month: utcFormat('%b %Y'), year: utcFormat('%Y') };

/** Greedy word wrap to a pixel width; the first line starts after `indent` pixels (the bold date). */
export function wrapLabel(text: string, size: number, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  let room = width - indent;
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    // Measured bold: the highlighted event is set in bold and must still fit.
    if (textWidth(next, size, { bold: true }) > room && line) {
      lines.push(line);
      line = word;
      room = width;
    } else line = next;
  }
  lines.push(line);
  return lines;
}

/** An event's label block: the date text, the wrapped lines and the block's height in viewBox pixels. */
export interface EventLabelText {
  date: string;
  lines: string[];
  height: number;
}

/** Label text for each event, wrapped to `width` viewBox pixels after its bold date prefix. */
export function eventLabels(
  events: ReadonlyArray<{ e: Event; date: PartialDate }>,
  fontSize: number,
  lineHeight: number,
  width: number,
): EventLabelText[] {
  return events.map((p) => {
    const date = shortDate[p.date.precision](new Date(partialDateStart(p.date)));
    const prefix = `${date}${p.e.expected ? ' (expected)' : ''} `;
    const lines = wrapLabel(p.e.label, fontSize, width, textWidth(prefix, fontSize, { bold: true }));
    return { date: prefix.trim(), lines, height: lines.length * lineHeight };
  });
}
