import { describe, expect, it } from 'vitest';
import { timelineMarks } from '../../../src/graphics/timeline/marks';

describe("the timeline's marks", () => {
  const keys = ['war-begins', 'truce', 'cairo-talks'];
  it('the step’s event stands out and the others recede', () => {
    const marks = timelineMarks(keys, 'truce');
    expect(marks.events.marks.map((m) => [m.key, m.attrs['data-state']])).toEqual([
      ['war-begins', 'dim'],
      ['truce', 'active'],
      ['cairo-talks', 'dim'],
    ]);
  });
  it('with no event, every event is drawn alike', () => {
    expect(new Set(timelineMarks(keys, undefined).events.marks.map((m) => m.attrs['data-state']))).toEqual(
      new Set(['normal']),
    );
  });
});
