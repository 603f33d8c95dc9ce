// Figures as the report words them ("2.3 million", "more than 1 million"), read as numbers so a
// chart can draw them. Pure: the content check and the map's chart read figures the same way.

const scales: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };
const qualifiers = ['more than', 'over', 'at least', 'about', 'around', 'nearly', 'almost', 'some'];
// Made when first needed: the browser's bundle reaches this module through the map's model, never reading a figure.
const figurePattern = () =>
  new RegExp(
    `^(?:(${qualifiers.join('|')})\\s+)?(\\d+(?:,\\d{3})*(?:\\.\\d+)?)\\s*(${Object.keys(scales).join('|')})?$`,
    'i',
  );

/** A figure read as a number, with the words that qualify it ("more than"). */
export interface FigureValue {
  value: number;
  qualifier?: string;
  /** The figure as the content words it. */
  text: string;
}

/** Reads a figure ("2.3 million", "more than 1 million", 1200); undefined if it is not a number. */
export function readFigure(figure: string | number): FigureValue | undefined {
  if (typeof figure === 'number')
    return Number.isFinite(figure) ? { value: figure, text: figure.toLocaleString('en-GB') } : undefined;
  const match = figurePattern().exec(figure.trim().replace(/\s+/g, ' '));
  if (!match) return undefined;
  const [, qualifier, digits, scale] = match;
  const value = Number(digits!.replaceAll(',', '')) * (scale ? scales[scale.toLowerCase()]! : 1);
  return { value, ...(qualifier ? { qualifier: qualifier.toLowerCase() } : {}), text: figure.trim() };
}

/** How the content may word a figure that a chart draws, for error messages. */
export const figureWording = /* @__PURE__ */ (() =>
  `a number, or words like "2.3 million" or "more than 1 million" (${qualifiers.join(', ')}; thousand, million, billion)`)();
