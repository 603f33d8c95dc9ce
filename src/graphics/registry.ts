// The one list of graphics. Everything that enumerates graphics reads it: steps and their state,
// the static figures, the story's live graphics, embeds, downloads, oEmbed, the client and the
// content check. A graphic is this entry plus a folder named after its id holding build.ts (its
// models from content), Figure.astro (its figure), element.ts (its custom element) and, if its
// figures share definitions, Defs.astro. This module imports nothing, so every floor may read it.

export interface GraphicInfo {
  /** Content id: a step's `graphic=`, the embed's address (/embed/<story>/<id>/), CSS and tests. */
  id: string;
  /** The custom element that moves the built SVG between states. */
  tag: string;
  /** The caption's kicker and the word for the graphic in lists ("Map"). */
  kicker: string;
  /** The embed's title and one-line description (page title, share card, oEmbed, alt text). */
  title: string;
  description: string;
  /**
   * Height (CSS px) of the embed at 600–640 px wide, the usual article column, measured in Chromium
   * with a few pixels to spare: the embed code's iframe height (so a host page without scripts shows
   * the whole chart) and oEmbed's. tests/browser/embeds.test.ts measures every story's chart and
   * fails when a chart outgrows it; update it from the height the test reports.
   */
  embedHeight: number;
  /** Whom the graphic's data beyond the story's sources comes from, for the embed's credit line. */
  credit?: string;
}

export const graphics = [
  {
    id: 'map',
    tag: 'locator-map',
    kicker: 'Map',
    title: 'Map: Gaza, Rafah and the mediators in Cairo and Doha',
    description:
      'Locator map of the Gaza Strip, Rafah on the Egyptian border, and the mediators’ capitals, Cairo and Doha.',
    embedHeight: 812,
    credit: 'Natural Earth; Gaza close-up © OpenStreetMap contributors (ODbL), via @geo-maps; GeoNames',
  },
  {
    id: 'diagram',
    tag: 'actor-diagram',
    kicker: 'Diagram',
    title: 'Who talks to whom in the Gaza ceasefire talks',
    description:
      'Diagram of Israel, Hamas, the three mediators Qatar, Egypt and the United States, and the people and outlets who spoke.',
    embedHeight: 840,
  },
  {
    id: 'timeline',
    tag: 'event-timeline',
    kicker: 'Timeline',
    title: 'Timeline: from the start of the war to the Cairo talks',
    description: 'Events from 7 October 2023 to the talks expected in Cairo at the end of April 2024.',
    embedHeight: 640,
  },
] as const satisfies readonly GraphicInfo[];

export type GraphicId = (typeof graphics)[number]['id'];

/**
 * The ids alone, in the registry's order. The build writes them into the browser's code
 * (__GRAPHIC_IDS__, astro.config.mjs), so the entries' words never ship in its bundle: the ternary
 * folds away there, and with it the list above. Elsewhere (Node, tests) they are read from the list.
 */
declare const __GRAPHIC_IDS__: readonly GraphicId[] | undefined;
export const graphicIds: readonly GraphicId[] =
  typeof __GRAPHIC_IDS__ === 'undefined' ? graphics.map((g) => g.id) : __GRAPHIC_IDS__;

/** The graphic a step shows when it names none. */
export const defaultGraphic: GraphicId = graphicIds[0]!;

export function graphicInfo(id: GraphicId): GraphicInfo {
  return graphics.find((g) => g.id === id)!;
}
