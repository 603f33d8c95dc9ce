import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import path from 'node:path';
import { dataFiles, StoryFrontmatterSchema, type DataCollection } from './schemas';
import { ContentValidationError } from './lib/content/contentError';
import { contentDir, readContent } from './lib/content/readContent';

/** Loads one YAML data file through the shared validator, so the collection holds only checked, cross-referenced entries. */
function validatedData(collection: DataCollection): Loader {
  return {
    name: 'validated-yaml',
    load: async ({ store, parseData, watcher, logger }) => {
      const dir = contentDir();
      const sync = async () => {
        const { content, errors } = readContent(dir);
        if (errors.length > 0) throw new ContentValidationError(errors);
        store.clear();
        for (const entry of content[collection]) {
          store.set({ id: entry.id, data: await parseData({ id: entry.id, data: entry }) });
        }
      };
      await sync();
      // In `astro dev`, any edit under content/ re-validates (an error shows, the fix recovers).
      watcher?.add(dir);
      watcher?.on('change', (changed) => {
        if (!changed.startsWith(dir)) return;
        // A mistake keeps the last good entries; the content guard reports it (terminal and overlay).
        sync().catch((error: Error) => logger.debug(error.message));
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
