import { parseSteps } from '../lib/content/parseStory';
import { describeEvent, describeFocus } from '../lib/story/describeState';
import { stepState } from '../lib/story/stepState';
import { readGraphics } from './readGraphics';

/** Every step's state, with its descriptions: the ids an embed URL may name, and what each shows. */
export async function embedSteps(body: string) {
  const g = await readGraphics();
  return parseSteps(body).map((s) => {
    const state = stepState(s.attributes);
    return {
      id: state.id,
      map: state.map,
      actors: state.actors,
      relations: state.relations,
      event: state.event,
      diagramDescription: describeFocus(state, g.actors, g.relations),
      timelineDescription: describeEvent(state.event, g.events),
    };
  });
}
