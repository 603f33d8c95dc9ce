import { describe, expect, it } from 'vitest';
import { overlaps, inside, type Box } from '../../../src/graphics/labelLayout';
import { mapBuild } from '../../../src/graphics/map/mapData';
import { mapSizeFor, mapStyle, mapViewModel, type MapViewModel } from '../../../src/graphics/map/mapModel';
import { mapInputs, shownLabels } from '../../support/mapFixtures';

const { geography, places, views } = mapInputs();
const widths = [320, 375, 414, 600, 768, 1024, 1280, 1440];
const model = (viewId: string, width: number) =>
  mapViewModel(
    geography,
    places,
    views.find((v) => v.id === viewId)!,
    mapSizeFor(width),
  );
const place = (m: MapViewModel, key: string) => m.places.find((p) => p.key === key)!;
const mapBox = (m: MapViewModel): Box => ({
  x: 0,
  y: 0,
  width: m.size.width,
  height: m.size.height - mapStyle.footer,
});

describe('every view at every width from 320 to 1440 px', () => {
  for (const view of views) {
    for (const width of widths) {
      const m = model(view.id, width);
      it(`${view.id} at ${width} px shows and labels the places it names, inside the frame`, () => {
        for (const id of [...view.frame.places, ...view.highlight.places]) {
          const p = place(m, id);
          expect(inside({ x: p.x, y: p.y, width: 0, height: 0 }, mapBox(m)), `${id} in frame`).toBe(true);
        }
        for (const id of view.highlight.places) {
          const p = place(m, id);
          // Either a labelled marker, or a territory drawn large enough to carry its own area label.
          const areaLabel = m.areaLabels.find((l) => l.key === id);
          if (p.kind === 'territory' && !p.visible) {
            expect(areaLabel?.visible, `${id} named on its land`).toBe(true);
          } else {
            expect(p.visible, `${id} drawn`).toBe(true);
            expect(p.label.visible, `${id} labelled`).toBe(true);
          }
        }
        for (const id of view.offMap)
          expect(m.offMap.find((o) => o.key === id)?.label.visible, `${id} pointed at`).toBe(true);
      });

      it(`${view.id} at ${width} px: labels never overlap each other or markers, and stay in the frame`, () => {
        const labels = shownLabels(m);
        expect(labels.length).toBeGreaterThan(2);
        for (const a of labels) expect(inside(a.box, mapBox(m)), `${a.key} inside`).toBe(true);
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            expect(overlaps(labels[i]!.box, labels[j]!.box), `${labels[i]!.key} × ${labels[j]!.key}`).toBe(
              false,
            );
          }
        }
        const markers = m.places
          .filter((p) => p.visible)
          .map((p) => ({ key: p.key, box: { x: p.x - 5, y: p.y - 5, width: 10, height: 10 } }));
        for (const l of labels)
          for (const mk of markers)
            expect(overlaps(l.box, mk.box), `${l.key} over marker ${mk.key}`).toBe(false);
      });
    }
  }
});

describe('geography reads right', () => {
  it('puts Cairo west of Gaza, Doha east of it, and Rafah south of Gaza City', () => {
    for (const width of [320, 768, 1440]) {
      const region = model('region', width);
      expect(place(region, 'cairo').x).toBeLessThan(place(region, 'gaza-strip').x);
      expect(place(region, 'doha').x).toBeGreaterThan(place(region, 'gaza-strip').x);
      const gaza = model('gaza', width);
      expect(place(gaza, 'rafah').y).toBeGreaterThan(place(gaza, 'gaza-city').y);
      expect(place(gaza, 'rafah-crossing').y).toBeGreaterThan(place(gaza, 'gaza-city').y);
    }
  });

  it('zooms in on Gaza far more than on the region, with a scale bar to match', () => {
    const region = model('region', 768);
    const gaza = model('gaza', 768);
    expect(gaza.transform.k / region.transform.k).toBeGreaterThan(20);
    expect(gaza.scaleBar.km).toBeLessThan(region.scaleBar.km);
    for (const m of [region, gaza]) {
      expect([1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000]).toContain(m.scaleBar.km);
      expect(m.scaleBar.width).toBeGreaterThan(20);
      expect(m.scaleBar.width).toBeLessThanOrEqual(Math.min(140, 768 * 0.3));
    }
  });

  it('points at Washington from the western edge', () => {
    const m = model('mediation', 768);
    const arrow = m.offMap.find((o) => o.key === 'washington')!;
    expect(arrow.x).toBeLessThan(40);
    expect(Math.abs(arrow.angle)).toBeGreaterThan(135);
    expect(arrow.label.text).toMatch(/^Washington, [\d,]+ km away$/);
    expect(place(m, 'washington').visible).toBe(false);
  });
});

describe('determinism', () => {
  it('computes the same models and geometry twice', () => {
    expect(JSON.stringify(mapBuild(geography, places, views))).toBe(
      JSON.stringify(mapBuild(geography, places, views)),
    );
  });

  it('writes geometry as rounded path strings and only the areas the views can show', () => {
    const { geometry } = mapBuild(geography, places, views);
    const keys = geometry.areas.map((a) => a.key);
    for (const key of ['israel', 'gaza-strip', 'egypt', 'qatar', 'saudi-arabia']) expect(keys).toContain(key);
    for (const a of geometry.areas) expect(a.d).toMatch(/^M[-\d.,LZM]+$/);
    expect(geometry.areas.every((a) => !/\.\d{3}/.test(a.d))).toBe(true);
    expect(geometry.routes.map((r) => r.key).sort()).toEqual([
      'cairo--doha',
      'cairo--gaza-strip',
      'doha--gaza-strip',
    ]);
  });
});
