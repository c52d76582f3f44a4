/**
 * Astro 5 hands its content data store to the server build as one JavaScript object literal.
 * Rollup's syntax tree for that literal grows with every entry and was the build's memory peak
 * (2.7 GB at 10,000 events). Upstream Astro now emits `JSON.parse("…")` (withastro/astro#17430);
 * this module goes further and reads the store file when the pages are rendered, so neither Rollup
 * nor Node ever compiles a JavaScript string as large as the store (45 MB at 10,000 events, 3 s
 * of module compilation). Static builds render from the bundle on the machine that built it, where
 * the file is. Remove on upgrading to a release that no longer inlines the store.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's resolved id for the `astro:data-layer-content` module. */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
// Where `astro build` writes the store, in its cache folder (Astro's getDataStoreFile).
const DATA_STORE_FILE = 'data-store.json';

/** @param storeFile the data store `astro build` wrote, known once Astro's config is final */
export function dataStoreModulePlugin(storeFile: () => URL): Plugin {
  return {
    name: 'timeline:data-store-as-json',
    // `astro dev` keeps its store elsewhere and reloads the module itself when content changes.
    apply: 'build',
    load: {
      // Astro's plugin answers with the object literal; an ordered hook runs before it.
      order: 'pre',
      async handler(id) {
        if (id !== DATA_STORE_MODULE) return null;
        const file = fileURLToPath(storeFile());
        // Astro writes the store before it bundles; a missing or broken file must not become an
        // empty site, or a silent return to the object literal.
        const json = await readFile(file, 'utf8').catch((error: Error) =>
          this.error(`No content store at ${file} (${error.message}); has Astro moved it?`),
        );
        try {
          JSON.parse(json);
        } catch (error) {
          this.error(`The content store ${file} is not JSON (${(error as Error).message}); build again.`);
        }
        const code = [
          `import { readFileSync } from 'node:fs';`,
          `export default JSON.parse(readFileSync(new URL(${JSON.stringify(storeFile().href)}), 'utf8'));`,
        ].join('\n');
        return { code, map: { mappings: '' } };
      },
    },
  };
}

export default function dataStoreAsJson(): AstroIntegration {
  let storeFile: URL | undefined;
  return {
    name: 'timeline:data-store-as-json',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              dataStoreModulePlugin(() => {
                if (!storeFile) throw new Error('The content store was asked for before Astro read its config.');
                return storeFile;
              }),
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        storeFile = new URL(DATA_STORE_FILE, config.cacheDir);
      },
    },
  };
}
