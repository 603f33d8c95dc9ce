import { describe, expect, it } from 'vitest';
import { mapBuild } from '../../../src/graphics/map/mapData';
import { mapStyle } from '../../../src/graphics/map/mapModel';
import { mapMarks, placesShown } from '../../../src/graphics/map/marks';
import { markOf } from '../../../src/graphics/marks';
import { mapInputs } from '../../support/mapFixtures';

const { geography, places, views } = mapInputs();
const built = mapBuild(geography, places, views);

describe("the map's marks", () => {
  for (const [variant, byView] of Object.entries(built.views)) {
    for (const model of Object.values(byView)) {
      const marks = mapMarks(model, built.keys);
      const view = views.find((v) => v.id === model.id)!;
      it(`${model.id} (${variant}): one mark per place, area, route and off-map key, in every view`, () => {
        for (const layer of ['places', 'placeLabels'] as const)
          expect(marks[layer].marks.map((m) => m.key).sort()).toEqual(places.map((p) => p.id).sort());
        expect(marks.areas.marks.map((m) => m.key)).toEqual(built.keys.areas);
        expect(marks.routes.marks.map((m) => m.key)).toEqual(built.keys.routes);
        for (const layer of ['offMap', 'offMapArrows', 'offMapLabels'] as const)
          expect(marks[layer].marks.map((m) => m.key)).toEqual(built.keys.offMap);
      });

      it(`${model.id} (${variant}): emphasis follows the view's highlights`, () => {
        for (const m of marks.areas.marks)
          expect(m.attrs['data-active'], m.key).toBe(
            (view.highlight.areas as string[]).includes(m.key) ? 'true' : 'false',
          );
        const routes = view.routes.map((r) => `${r.from}--${r.to}`);
        for (const m of marks.routes.marks)
          expect(m.attrs['data-active'], m.key).toBe(routes.includes(m.key) ? 'true' : 'false');
        for (const p of model.places) {
          const radius = markOf(marks.markers, p.key).attrs.r;
          expect(radius, p.key).toBe(p.highlighted ? mapStyle.highlightRadius : mapStyle.markerRadius);
          expect(markOf(marks.placeLabels, p.key).attrs['data-highlighted']).toBe(
            p.highlighted ? 'true' : 'false',
          );
        }
        for (const key of built.keys.offMap) {
          const pointed = view.offMap.includes(key);
          expect(markOf(marks.offMap, key).attrs['data-visible'], key).toBe(pointed ? 'true' : 'false');
          expect(markOf(marks.offMapLabels, key).text === '', key).toBe(!pointed);
        }
      });

      it(`${model.id} (${variant}): texts say the view and the places' names`, () => {
        expect(markOf(marks.title).text).toBe(`Map: ${view.title}`);
        expect(markOf(marks.desc).text).toBe(model.description);
        expect(model.description.startsWith(view.description)).toBe(true);
        for (const p of places) expect(markOf(marks.placeLabels, p.id).text).toBe(p.name);
        expect(markOf(marks.scaleLabel).text).toBe(model.scaleBar.label);
      });
    }
  }

  it('lists the places a view shows: those drawn, then those pointed at, each once', () => {
    for (const model of Object.values(built.views.wide)) {
      const shown = placesShown(model);
      expect(new Set(shown).size).toBe(shown.length);
      const drawn = model.places.filter((p) => p.visible).map((p) => p.key);
      expect(shown).toEqual([...drawn, ...model.offMap.map((o) => o.key)]);
    }
  });
});
