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
import LiveGraphics from './LiveGraphics.astro';
import { readGraphics } from './readGraphics';
import { renderComponent } from './renderComponent';
import type { SharedFile } from './sharedFiles';
import { storySteps } from './storySteps';

/** The state a story's graphics show before any scrolling: its first step's, or the first view's. */
export async function firstState(story: CollectionEntry<'stories'>): Promise<StepState> {
  const steps = await storySteps(story);
  return steps[0]?.state ?? stepState({ map: (await readGraphics()).views[0]!.id });
}

async function make(): Promise<Map<string, SharedFile>> {
  const files = new Map<string, SharedFile>();
  for (const story of await readStories()) {
    const body = await renderComponent(LiveGraphics, { first: await firstState(story) });
    files.set(story.id, {
      name: `${story.id}-live.${contentHash(body)}.htm`,
      body,
      type: 'text/html; charset=utf-8',
    });
  }
  return files;
}

let made: { graphics: ReturnType<typeof readGraphics>; files: Promise<Map<string, SharedFile>> } | undefined;
/** Made once per state of the content, as the shared files are. */
const files = () => {
  const graphics = readGraphics();
  if (made?.graphics !== graphics) made = { graphics, files: make() };
  return made.files;
};

/** A story's live graphics file. */
export async function liveGraphicsFile(slug: string): Promise<SharedFile> {
  const file = (await files()).get(slug);
  if (!file) throw new Error(`no live graphics for the story "${slug}"`);
  return file;
}

/** Every story's live graphics file, for the build to publish. */
export const liveGraphicsFiles = async (): Promise<SharedFile[]> => [...(await files()).values()];
