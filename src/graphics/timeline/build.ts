import type { GraphicBuilder } from '../graphic';
import { describeEvent } from './describe';
import type { TimelineClientModel } from './element';
import { timelineBuild } from './timelineData';
import type { TimelineModel } from './timelineModel';

export const builder: GraphicBuilder<Record<string, TimelineModel>, TimelineClientModel> = {
  build: (c) => timelineBuild(c.events),
  clientModel: (built) => ({ events: Object.values(built)[0]!.events.map((e) => e.key) }),
  describe: (state, c) => describeEvent(state.event, c.events),
};
