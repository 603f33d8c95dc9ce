/**
 * The charts' type sizes, in viewBox pixels: the labels are laid out (measured, wrapped, kept
 * clear) at these sizes, and the CSS sets them (src/styles/type.css's --chart-* properties, kept
 * equal by tests/graphics/chartType.test.ts). Four sizes for every chart: each size is one more
 * font instance for the browser to find while the page is first laid out (issue 27), so a size a
 * half pixel from another is not worth its lookup.
 */
export const chartType = {
  /** The map's area and border names, scale and credit, the figures' labels; the timeline's ticks; on phones its events and the diagram's other actors. */
  small: 11,
  /** The figures' numbers; the diagram's other actors (its main ones on phones: phoneMainFont). */
  figure: 12,
  /** The map's places; the timeline's events. */
  label: 13,
  /** The diagram's main actors. */
  head: 15,
} as const;
