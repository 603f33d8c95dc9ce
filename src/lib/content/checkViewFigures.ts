import type { MapView } from '../../schemas/mapView';
import type { Place } from '../../schemas/place';
import { figureWording, readFigure } from '../figures';
import type { ContentError } from './contentError';
import type { LocatedEntry } from './checkReferences';
import { closest } from './suggest';
import { entryLabel } from './validateEntries';

/**
 * The figures a map view draws: each names a figure its place has, worded as a number, and the parts
 * (every figure after the first) add up to no more than the whole. Unknown places are reported by
 * the id checks.
 */
export function checkViewFigures(
  views: readonly LocatedEntry<MapView>[],
  places: readonly Place[],
  file: string,
): ContentError[] {
  // The first entry of an id counts: a duplicate is reported by the id checks, once.
  const byId = new Map<string, Place>();
  for (const p of places) if (!byId.has(p.id)) byId.set(p.id, p);
  const errors: ContentError[] = [];
  for (const { data: view, item } of views) {
    const base = { file, line: item.fieldLines.figures ?? item.line, entry: entryLabel(item.value, item.index) };
    const values = view.figures.map((f, i) => {
      const place = byId.get(f.place);
      if (!place) return undefined;
      const names = Object.keys(place.figures ?? {});
      if (!names.includes(f.figure)) {
        const guess = closest(f.figure, names);
        errors.push({
          ...base,
          field: `figures.${i}.figure`,
          problem: `place "${place.id}" has no figure "${f.figure}"${guess ? ` — did you mean "${guess}"?` : ''}`,
          fix: names.length
            ? `write one of its figures: ${names.join(', ')}`
            : `add the figure to "${place.id}"'s figures in content/places.yaml, with its source`,
        });
        return undefined;
      }
      const read = readFigure(place.figures![f.figure]!);
      if (!read)
        errors.push({
          ...base,
          field: `figures.${i}.figure`,
          problem: `figure "${f.figure}" of "${place.id}" ("${place.figures![f.figure]}") is not a number the chart can draw`,
          fix: `word it in content/places.yaml as ${figureWording}`,
        });
      return read?.value;
    });
    const [whole, ...parts] = values;
    const sum = parts.reduce<number>((s, v) => s + (v ?? 0), 0);
    if (whole !== undefined && sum > whole)
      errors.push({
        ...base,
        field: 'figures',
        problem: `the parts (${sum.toLocaleString('en-GB')}) add up to more than the first figure, the whole (${whole.toLocaleString('en-GB')})`,
        fix: 'list the whole first (e.g. the population), then the parts of it',
      });
  }
  return errors;
}
