import type { Actor } from '../../schemas/actor';
import { textWidth } from '../labelLayout';
import type { DiagramNode } from './diagramModel';
import { isMain } from './diagramRoles';
import { chartType } from '../chartType';

/**
 * A main actor's name on phones, viewBox pixels: the one chart size off the charts' scale
 * (chartType). At 12 it is drawn under 12 px on a phone on its side (tests/browser/reading.test.ts);
 * at 13 or 15 the narrow layout draws a tie through another actor
 * (tests/graphics/diagram/edgesClear.test.ts).
 */
export const phoneMainFont = 13.5;

/** Splits a name into at most two lines no wider than `max` pixels (the most even break wins). */
export function wrapName(name: string, size: number, bold: boolean, max: number): string[] {
  if (textWidth(name, size, { bold }) <= max) return [name];
  const words = name.split(' ');
  let best: string[] = [name];
  let bestWidth = Infinity;
  for (let i = 1; i < words.length; i++) {
    const lines = [words.slice(0, i).join(' '), words.slice(i).join(' ')];
    const width = Math.max(...lines.map((l) => textWidth(l, size, { bold })));
    if (width < bestWidth) [best, bestWidth] = [lines, width];
  }
  return best;
}

/** One unplaced node per actor, in content order: wrapped name, font size and box size in viewBox pixels. */
export function sizeNodes(
  actors: readonly Actor[],
  mainIds: ReadonlySet<string>,
  compact: boolean,
): DiagramNode[] {
  // Phones get smaller type and narrower boxes; main actors are set larger and bold.
  const mainFont = compact ? phoneMainFont : chartType.head;
  const satFont = compact ? chartType.small : chartType.figure;
  return actors.map((a) => {
    const main = isMain(a);
    const fontSize = main ? mainFont : satFont;
    const lines = wrapName(a.name, fontSize, main, compact ? 92 : 130);
    const width = Math.max(...lines.map((l) => textWidth(l, fontSize, { bold: main }))) + (main ? 20 : 14);
    const height = lines.length * fontSize * 1.2 + (main ? 12 : 8);
    // A satellite ties to whom it represents only when that is a main node.
    const parent = !main && a.represents && mainIds.has(a.represents) ? a.represents : undefined;
    return {
      key: a.id,
      name: a.name,
      kind: a.kind,
      main,
      ...(parent ? { parent } : {}),
      x: 0,
      y: 0,
      width,
      height,
      lines,
      fontSize,
    };
  });
}
