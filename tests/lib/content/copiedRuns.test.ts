import { describe, expect, it } from 'vitest';
import { copiedRuns, sourceRuns, wordsOf } from '../../../src/lib/content/copiedRuns';

const source = 'Qatar said on Wednesday that it was reassessing its role as a mediator in the talks.';

describe('copiedRuns', () => {
  it('finds a run of n or more words the text shares with the source, with its line and length', () => {
    const text = 'title: x\n\nOfficials said it was reassessing its role as a mediator in the talks, he added.';
    const runs = copiedRuns(text, sourceRuns(source, 5), 5);
    expect(runs).toEqual([
      { line: 3, text: 'it was reassessing its role as a mediator in the talks', length: 11 },
    ]);
  });

  it('sees through markup, case, line breaks and curly apostrophes', () => {
    const text = 'Qatar <Cite source="x" /> SAID on\nWednesday that it’s fine';
    const runs = copiedRuns(text, sourceRuns("Qatar said on Wednesday that it's fine", 6), 6);
    expect(runs.map((r) => [r.line, r.length])).toEqual([[1, 7]]);
  });

  it('lists nothing shorter than n words, nor words in another order', () => {
    const runs = copiedRuns('it was reassessing its role. Role its reassessing was it.', sourceRuns(source, 6), 6);
    expect(runs).toEqual([]);
  });

  it('reports separate runs separately', () => {
    const text = 'Qatar said on Wednesday that. Then: as a mediator in the talks.';
    const runs = copiedRuns(text, sourceRuns(source, 4), 4);
    expect(runs.map((r) => r.text)).toEqual(['qatar said on wednesday that', 'as a mediator in the talks']);
  });

  it('splits words on anything but letters, digits and apostrophes', () => {
    expect(wordsOf("Hamas's 2024-04-29 talks—ended").map((w) => w.word)).toEqual([
      "hamas's",
      '2024',
      '04',
      '29',
      'talks',
      'ended',
    ]);
  });
});
