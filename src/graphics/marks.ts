// Keyed marks: what a graphic draws in one state, as plain data. The build writes them into the
// static SVG; the browser joins them onto the same elements by key (applyMarks.client.ts). One
// function per graphic computes them, so no attribute value is worked out in two places.

/** Attribute values as the SVG carries them; undefined leaves the attribute out. */
export type MarkAttrs = Readonly<Record<string, string | number | undefined>>;

/** One mark: its key (a content id, '' for a graphic's single elements), attributes and text. */
export interface Mark {
  key: string;
  attrs: MarkAttrs;
  /** The element's text, where the mark is a text. */
  text?: string;
}

/**
 * The marks drawn by the elements that match `selector` inside a graphic's SVG. An element's key
 * is the data-key of the element itself or of its nearest keyed ancestor ('' for none), so the
 * parts of a keyed group (a place's circle, an arrow's label) join by their group's key.
 */
export interface Layer {
  selector: string;
  marks: readonly Mark[];
}

/** A graphic's picture in one state: its layers by name. */
export type Marks<Name extends string = string> = Readonly<Record<Name, Layer>>;

/** 'true' or 'false', as boolean data attributes are written. */
export const flag = (on: boolean): 'true' | 'false' => (on ? 'true' : 'false');

/** One mark for a single, unkeyed element. */
export const single = (selector: string, attrs: MarkAttrs, text?: string): Layer => ({
  selector,
  marks: [text === undefined ? { key: '', attrs } : { key: '', attrs, text }],
});

/** A layer's marks by key, for components that write one element per mark. */
export function markOf(layer: Layer, key = ''): Mark {
  const mark = layer.marks.find((m) => m.key === key);
  if (!mark) throw new Error(`no mark "${key}" in layer ${layer.selector}`);
  return mark;
}
