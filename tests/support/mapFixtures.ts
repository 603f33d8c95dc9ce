import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readContent } from '../../src/lib/content/readContent';
import type { Geography } from '../../src/lib/geography';
import type { MapViewModel } from '../../src/graphics/map/mapModel';
import { projectRoot, realContent } from './contentFixture';

/** The prepared geography (npm test runs `npm run geo` before the tests) and the real content. */
export function mapInputs() {
  const file = path.join(projectRoot, 'src/generated/geography.json');
  const geography = JSON.parse(readFileSync(file, 'utf8')) as Geography;
  const { content } = readContent(realContent, projectRoot);
  return { geography, places: content.places, views: content.views };
}

/** Every label a view shows (places, areas, off-map arrows), keyed for messages, with its box. */
export function shownLabels(m: MapViewModel) {
  return [
    ...m.places.filter((p) => p.visible && p.label.visible).map((p) => ({ key: p.key, box: p.label.box })),
    ...m.areaLabels.filter((l) => l.visible).map((l) => ({ key: `area ${l.key}`, box: l.box })),
    ...m.offMap.filter((o) => o.label.visible).map((o) => ({ key: `off ${o.key}`, box: o.label.box })),
  ];
}
