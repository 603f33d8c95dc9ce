// Each story's live graphics (the sticky pane's three custom elements and their SVG, some 80 KB of
// markup) as a file of their own under /graphics/ (<story>-live.<hash>.htm: an HTML fragment, not a
// page), named by its content's hash like the shared files.
// They are shown only with scripts (a reader without them gets each step's own figure), so the
// story's HTML carries the words and the pane's place, and the page's script fetches this file once
// the first paint is on screen and puts it in the pane, before it defines the elements. The story's
// HTML then fits the first round trip of a connection (tests/build/budgets.test.ts).
import type { CollectionEntry } from 'astro:content';
import { readStories } from '../components/readStories';
import { contentHash } from '../lib/site/contentHash';
import { stepState, type StepState } from '../lib/story/stepState';
import LiveGraphic from './LiveGraphic.astro';
import { readGraphics } from './readGraphics';
import { graphics } from './registry';
import { renderComponent } from './renderComponent';
import type { SharedFile } from './sharedFiles';
import { storySteps } from './storySteps';

/** The state a story's graphics show before any scrolling: its first step's, or the first view's. */
export async function firstState(story: CollectionEntry<'stories'>): Promise<StepState> {
  const steps = await storySteps(story);
  return steps[0]?.state ?? stepState({ map: (await readGraphics()).views[0]!.id });
}

/**
 * Every graphic of the registry, stacked in the pane in the first step's state, the one on show not
 * inert: one graphic a line, so the script can put them in one at a time (src/client/define.ts).
 */
async function liveGraphics(first: StepState): Promise<string> {
  const lines = [];
  for (const g of graphics) {
    const idPrefix = `sticky-${g.id}`;
    const markup = await renderComponent(LiveGraphic, {
      id: g.id,
      state: first,
      idPrefix,
      inert: first.graphic !== g.id,
    });
    if (markup.includes('\n')) throw new Error(`the live ${g.id} was written on more than one line`);
    lines.push(markup);
  }
  return lines.join('\n');
}

const made = new Map<string, { key: string; graphics: unknown; file: Promise<SharedFile> }>();

/**
 * A story's live graphics file, made once per state of the content and of the story's first step
 * (in development, an edit to either makes it anew).
 */
export async function liveGraphicsFile(story: CollectionEntry<'stories'>): Promise<SharedFile> {
  const first = await firstState(story);
  const key = JSON.stringify(first);
  const graphics = readGraphics();
  let entry = made.get(story.id);
  if (entry?.key !== key || entry.graphics !== graphics) {
    const file = liveGraphics(first).then((body) => ({
      name: `${story.id}-live.${contentHash(body)}.htm`,
      body,
      type: 'text/html; charset=utf-8',
    }));
    entry = { key, graphics, file };
    made.set(story.id, entry);
  }
  return entry.file;
}

/** Every story's live graphics file, for the build to publish. */
export const liveGraphicsFiles = async (): Promise<SharedFile[]> =>
  Promise.all((await readStories()).map(liveGraphicsFile));
