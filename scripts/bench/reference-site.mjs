/**
 * The reference of issue 6: a minimal Astro 5 site over the same content, a bare page per event
 * and per actor and one timeline page listing every event, indexed by Pagefind as a separate
 * step. It shows what any Astro site pays for this much content, so our build is judged by the
 * work it adds, not by the machine.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Astro's content cache and Vite's dependency cache of the reference, in its own folder: through
 * the linked node_modules they would otherwise land in ours and mix with our site's caches.
 */
export const REFERENCE_CACHE_DIR = '.cache';

const CONFIG = `import { defineConfig } from 'astro/config';

export default defineConfig({
  cacheDir: './${REFERENCE_CACHE_DIR}/astro',
  vite: { cacheDir: './${REFERENCE_CACHE_DIR}/vite' },
});
`;

// Read CONTENT_DIR at build time so one reference site serves every archive size.
const CONTENT_CONFIG = `import path from 'node:path';
import { glob } from 'astro/loaders';
import { defineCollection, z } from 'astro:content';

const contentDir = process.env.CONTENT_DIR;
const loader = (folder) =>
  glob({ pattern: '**/*.md', base: path.join(contentDir, folder), generateId: ({ entry }) => path.basename(entry, '.md') });

export const collections = {
  events: defineCollection({ loader: loader('events'), schema: z.object({ title: z.string() }).passthrough() }),
  actors: defineCollection({ loader: loader('actors'), schema: z.object({ name: z.string() }).passthrough() }),
};
`;

/** @param {string} collection @param {string} heading expression for the page's heading */
const entryPage = (collection, heading) => `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = await getCollection('${collection}');
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="en">
  <head><meta charset="utf-8" /><title>{${heading}}</title></head>
  <body><h1>{${heading}}</h1><Content /></body>
</html>
`;

// Ids start with the date, so sorting by id is close to chronological at no cost.
const TIMELINE_PAGE = `---
import { getCollection } from 'astro:content';

const events = (await getCollection('events')).sort((a, b) => a.id.localeCompare(b.id));
---
<html lang="en">
  <head><meta charset="utf-8" /><title>Timeline</title></head>
  <body>
    <h1>Timeline</h1>
    <ul>{events.map((event) => <li><a href={\`/events/\${event.id}/\`}>{event.data.title}</a></li>)}</ul>
  </body>
</html>
`;

/**
 * Writes the reference project into `dir`. Its node_modules is a link to ours, so it builds with
 * exactly our versions of Astro and Pagefind and needs no install.
 * @param {string} dir
 * @param {string} nodeModules our node_modules folder
 */
export function writeReferenceSite(dir, nodeModules) {
  const files = {
    'astro.config.mjs': CONFIG,
    'src/content.config.mjs': CONTENT_CONFIG,
    'src/pages/index.astro': TIMELINE_PAGE,
    'src/pages/events/[id].astro': entryPage('events', 'entry.data.title'),
    'src/pages/actors/[id].astro': entryPage('actors', 'entry.data.name'),
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(nodeModules, path.join(dir, 'node_modules'), 'dir');
}
