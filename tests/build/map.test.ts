import { brotliCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/readContent';
import { builtFile } from '../../src/lib/site/routes';
import { stepState } from '../../src/lib/story/stepState';
import { projectRoot, realContent } from '../support/contentFixture';
import {
  attr,
  descendants,
  elements,
  readDist,
  readPage,
  stepFigureFiles,
  textOf,
  type Element,
} from '../support/dist';

const { content } = readContent(realContent, projectRoot);
const html = readPage('mediation/index.html');
const all = elements(html);
/** The page as a browser with scripting off has it: the steps' own figures' words included. */
const staticPage = elements(html, { scripting: false });
/** The steps' drawings without scripts: each layout file's marks, in a group that says its view and layout. */
const drawings = stepFigureFiles(html).map((file) => {
  const drawn = elements(readDist(builtFile(file)));
  return { file, svg: drawn.find((e) => e.tagName === 'g' && attr(e, 'data-variant'))!, defs: drawn };
});
const hasClass = (e: Element, name: string) => (attr(e, 'class') ?? '').split(/\s+/).includes(name);
const within = descendants;

/** The map's geometry: the one shared file every map figure's <use> elements name. */
const geometryFiles = [
  ...new Set(
    all
      .filter((e) => e.tagName === 'use')
      .map((e) => attr(e, 'href') ?? '')
      .filter((href) => href.includes('.svg#'))
      .map((href) => href.slice(1, href.indexOf('#'))),
  ),
];
const geometry = geometryFiles.length === 1 ? readDist(geometryFiles[0]!) : '';

describe('the locator map in the built page', () => {
  const defs = elements(geometry).find((e) => e.tagName === 'defs')!;

  it('writes the geography once, in a file of its own, as paths keyed by area id, within its byte budget', () => {
    expect(geometryFiles).toEqual([expect.stringMatching(/^graphics\/map-geometry\.\w+\.svg$/)]);
    expect(defs).toBeDefined();
    // The page itself carries none of it.
    expect(html).not.toContain('id="map-area-israel"');
    const ids = within(defs).map((e) => attr(e, 'id'));
    for (const id of [
      'map-area-gaza-strip',
      'map-area-israel',
      'map-area-egypt',
      'map-area-qatar',
      'map-borders',
    ])
      expect(ids).toContain(id);
    const brotli = brotliCompressSync(Buffer.from(geometry)).length;
    expect(brotli).toBeLessThanOrEqual(25 * 1024);
  });

  it('renders the sticky map as SVG for both layouts, every place keyed', () => {
    const sticky = all.find((e) => e.tagName === 'locator-map')!;
    const svgs = within(sticky).filter((e) => e.tagName === 'svg');
    expect(svgs.map((s) => attr(s, 'data-variant'))).toEqual(['narrow', 'wide']);
    for (const svg of svgs) {
      expect(attr(svg, 'role')).toBe('img');
      const marks = within(svg);
      const placeKeys = marks.filter((e) => hasClass(e, 'map-place')).map((e) => attr(e, 'data-key'));
      expect(placeKeys.sort()).toEqual(content.places.map((p) => p.id).sort());
      expect(marks.find((e) => hasClass(e, 'map-geo'))).toBeDefined();
      expect(textOf(marks.find((e) => e.tagName === 'title')!)).toMatch(/^Map: /);
    }
    // Its client model is a file of its own too, which the page's script fetches.
    const model = JSON.parse(readDist(attr(sticky, 'data-model')!.slice(1))) as { views: object };
    expect(Object.keys(model.views)).toEqual(['narrow', 'wide']);
  });

  it('gives every step its own static figure of the view it names (JS off, print)', () => {
    const story = content.stories.find((s) => s.slug === 'mediation')!;
    const states = story.steps.map((s) => stepState(s.attributes)).filter((s) => s.graphic === 'map');
    const steps = staticPage.filter((e) => states.some((s) => s.id === attr(e, 'data-step')));
    expect(steps.map((s) => attr(s, 'data-step'))).toEqual(states.map((s) => s.id));
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const [i, step] of steps.entries()) {
      const figure = within(step).find((e) => e.tagName === 'figure')!;
      expect(attr(figure, 'data-view')).toBe(states[i]!.map);
      const view = content.views.find((v) => v.id === states[i]!.map)!;
      expect(textOf(figure)).toContain(view.title);
      const files = drawings.filter((d) => d.file.includes(`/figures/${states[i]!.id}-`));
      expect(files.map((d) => attr(d.svg, 'data-view'))).toEqual([states[i]!.map, states[i]!.map]);
      const labels = files
        .flatMap((d) => within(d.svg))
        .filter(
          (e) =>
            (hasClass(e, 'map-label') || hasClass(e, 'map-area-label')) && attr(e, 'data-visible') === 'true',
        )
        .map((e) => textOf(e).trim().toLowerCase());
      for (const id of view.highlight.places) {
        const name = content.places.find((p) => p.id === id)!.name.toLowerCase();
        expect(labels, `${states[i]!.id} names ${id}`).toContain(name);
      }
    }
  });

  it('lists the places shown, with their notes, as the map’s text alternative', () => {
    const sticky = all.find((e) => e.tagName === 'locator-map')!;
    const list = within(sticky).find((e) => attr(e, 'data-role') === 'places')!;
    const text = textOf(list);
    expect(text).toContain('Cairo');
    expect(text).toContain(content.places.find((p) => p.id === 'doha')!.note!);
  });

  it('credits Natural Earth, and OpenStreetMap for the Gaza close-up', () => {
    expect(textOf(all.find((e) => e.tagName === 'body')!)).toMatch(/Natural Earth/);
    expect(textOf(all.find((e) => e.tagName === 'body')!)).toMatch(/© OpenStreetMap contributors \(ODbL\)/);
  });

  it('draws the Gaza close-up from the detailed layer, its Egypt–Gaza border included; other views from Natural Earth', () => {
    const ids = within(defs).map((e) => attr(e, 'id'));
    for (const id of [
      'map-detail-box',
      'map-detail-area-gaza-strip',
      'map-detail-borders',
      'map-detail-egypt-gaza',
    ])
      expect(ids).toContain(id);
    const border = within(defs).find((e) => attr(e, 'id') === 'map-detail-egypt-gaza')!;
    // One line, written short: a start, then relative steps (src/graphics/map/compactPath.ts).
    expect(attr(border, 'd')).toMatch(/^M[\d.-]+(?: ?[\d.-]+)?l[\d. -]{6,}$/);
    const figures = drawings.filter((d) => hasClass(d.svg, 'map-svg'));
    const closeUps = figures.filter((d) => attr(d.svg, 'data-view') === 'gaza').map((d) => d.svg);
    expect(closeUps.length).toBeGreaterThanOrEqual(2);
    for (const { svg, defs: drawn, file } of figures) {
      // A file leaves out what its view hides: the detailed layer, beyond the close-up.
      const layer = within(svg).find((e) => hasClass(e, 'map-detail'));
      const closeUp = attr(svg, 'data-view') === 'gaza';
      const copied = drawn.some((e) => attr(e, 'id') === 'map-detail-egypt-gaza');
      if (closeUp) {
        expect(attr(layer!, 'data-visible'), file).toBe('true');
        expect(within(layer!).some((e) => attr(e, 'href') === '#map-detail-egypt-gaza')).toBe(true);
      } else expect(layer && attr(layer, 'data-visible'), file).not.toBe('true');
      expect(copied, file).toBe(closeUp);
      const credit = textOf(within(svg).find((e) => hasClass(e, 'map-credit'))!);
      expect(credit).toBe(closeUp ? '© OpenStreetMap contributors' : 'Natural Earth');
    }
    const wide = closeUps.find((svg) => attr(svg, 'data-variant') === 'wide')!;
    const label = within(wide).find((e) => hasClass(e, 'map-border-label'))!;
    expect([textOf(label), attr(label, 'data-visible')]).toEqual(['Egypt–Gaza border', 'true']);
  });
});
