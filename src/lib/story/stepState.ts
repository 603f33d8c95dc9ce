import { defaultGraphic, graphicIds, type GraphicId } from '../../graphics/registry';

/** The graphics a step can put in front of the reader (the registry's ids). */
export const graphics = graphicIds;
export type Graphic = GraphicId;

/** The state of the graphics while a step is read, as declared by its <Step> attributes. */
export interface StepState {
  id: string;
  graphic: Graphic;
  /** Map view id. */
  map: string;
  actors: string[];
  relations: string[];
  /** Timeline event id, if the step is about one. */
  event: string | undefined;
}

const ids = (value: string | undefined) => (value ?? '').split(/\s+/).filter(Boolean);

/** Reads a step's attributes (as written in MDX) into its state; the content check has already vetted every id. */
export function stepState(attributes: Readonly<Record<string, string | undefined>>): StepState {
  const graphic = (graphics as readonly string[]).includes(attributes.graphic ?? '')
    ? (attributes.graphic as Graphic)
    : defaultGraphic;
  return {
    id: attributes.id ?? '',
    graphic,
    map: attributes.map ?? '',
    actors: ids(attributes.actors),
    relations: ids(attributes.relations),
    event: attributes.event || undefined,
  };
}
