import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import path from 'node:path';
import { dataFiles, StoryFrontmatterSchema, type DataCollection } from './schemas';
import { loadContent } from './lib/content/loadContent';
import { contentDir } from './lib/content/readContent';

/**
 * Loads one YAML data file from the shared, cached content read, so the collection holds only checked,
 * cross-referenced entries and six collections cost one read. While the content is wrong the last
 * good entries stay: the content guard reports the mistake (once, in the terminal and the overlay).
 */
function validatedData(collection: DataCollection): Loader {
  return {
    name: 'validated-yaml',
    load: async ({ store, parseData, watcher }) => {
      const dir = contentDir();
      const sync = async () => {
        const { content, errors } = loadContent(dir);
        if (errors.length > 0) return;
        store.clear();
        for (const entry of content[collection]) {
          store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry }) });
        }
      };
      await sync();
      // In `astro dev`, an edit under content/ refreshes the entries once the content is right again.
      watcher?.add(dir);
      watcher?.on('change', (changed) => {
        if (changed.startsWith(dir)) void sync();
      });
    },
  };
}

export const collections = {
  sources: defineCollection({ loader: validatedData('sources'), schema: dataFiles.sources.schema }),
  places: defineCollection({ loader: validatedData('places'), schema: dataFiles.places.schema }),
  actors: defineCollection({ loader: validatedData('actors'), schema: dataFiles.actors.schema }),
  relations: defineCollection({ loader: validatedData('relations'), schema: dataFiles.relations.schema }),
  events: defineCollection({ loader: validatedData('events'), schema: dataFiles.events.schema }),
  views: defineCollection({ loader: validatedData('views'), schema: dataFiles.views.schema }),
  stories: defineCollection({
    loader: glob({ pattern: '*.mdx', base: path.join(contentDir(), 'stories') }),
    schema: StoryFrontmatterSchema,
  }),
};
