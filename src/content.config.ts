import path from 'node:path';
import { glob } from 'astro/loaders';
import { defineCollection, reference } from 'astro:content';
import { actorSchema, createEventSchema, eraSchema, placeSchema } from './lib/content-schemas';

// `||`, as in astro.config.mjs: an empty CONTENT_DIR means the default, in both places.
const contentDir = path.resolve(process.env.CONTENT_DIR || 'content');

/** An entry's id is its file name without `.md`; folders only organise files. */
function collectionLoader(folder: string) {
  return glob({
    // README files document a folder; content validation skips them too.
    pattern: ['**/*.md', '!**/README.md'],
    base: path.join(contentDir, folder),
    generateId: ({ entry }) => path.basename(entry, '.md'),
    // Pages use the rendered HTML only; keeping the Markdown source too would double the data store.
    retainBody: false,
  });
}

const events = defineCollection({
  loader: collectionLoader('events'),
  schema: createEventSchema(reference('actors'), reference('places')),
});

const actors = defineCollection({ loader: collectionLoader('actors'), schema: actorSchema });

const places = defineCollection({ loader: collectionLoader('places'), schema: placeSchema });

// Optional: a content folder without `eras/` is an edition without named periods.
const eras = defineCollection({ loader: collectionLoader('eras'), schema: eraSchema });

export const collections = { events, actors, places, eras };
