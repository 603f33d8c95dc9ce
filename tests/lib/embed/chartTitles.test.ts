import { describe, expect, it } from 'vitest';
import { graphicInfo } from '../../../src/graphics/registry';
import { chartText } from '../../../src/lib/embed/chartTitles';

const view = { title: 'The mediation triangle', description: 'Lines link Cairo and Doha with Gaza.' };

describe('chartText', () => {
  it("titles the map after the view the story opens on, and describes it by that view's description", () => {
    const map = chartText('map', {}, view);
    expect(map.title).toContain(view.title);
    expect(map.description).toBe(view.description);
    expect(map.alt).toBe(view.description);
    // An embed opened on another view puts that view's name after this kicker.
    expect(map.title).toBe(`${map.viewKicker}: ${view.title}`);
  });

  it("gives the other charts the registry's title and description", () => {
    for (const chart of ['diagram', 'timeline'] as const) {
      const { title, description } = graphicInfo(chart);
      expect(chartText(chart, {}, view)).toEqual({ title, description, alt: description });
    }
  });

  it('takes what the story says, field by field; the rest keeps its default', () => {
    const story = {
      charts: { map: { title: 'Map: Doha' }, diagram: { alt: 'Qatar between the two sides.' } },
    };
    // The story's own title is kept whatever view an embed opens on: no kicker to follow the view.
    expect(chartText('map', story, view)).toEqual({
      title: 'Map: Doha',
      description: view.description,
      alt: view.description,
    });
    expect(chartText('diagram', story, view)).toMatchObject({
      title: graphicInfo('diagram').title,
      alt: 'Qatar between the two sides.',
    });
  });
});
