/**
 * Astro 5 hands its content data store to the server build as one JavaScript object literal.
 * Rollup's syntax tree for that literal grows with every entry and was the build's memory peak
 * (2.7 GB at 10,000 events). Emitting the store as `JSON.parse("…")` keeps the tree to a single
 * string, as Astro itself does from version 7 (withastro/astro#17430).
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** Astro's resolved id for the `astro:data-layer-content` module. */
export const DATA_STORE_MODULE = '\0astro:data-layer-content';
// Where `astro build` keeps the store, in its cache folder.
const DATA_STORE_FILE = 'data-store.json';

/** @param storeFile the data store `astro build` wrote */
export function dataStoreModulePlugin(storeFile: URL): Plugin {
  return {
    name: 'timeline:data-store-as-json',
    load: {
      // Astro's plugin answers with the object literal; an ordered hook runs before it.
      order: 'pre',
      async handler(id) {
        // Without a store file, Astro's plugin answers with its empty store.
        if (id !== DATA_STORE_MODULE || !existsSync(storeFile)) return null;
        const json = await readFile(storeFile, 'utf8');
        return { code: `export default JSON.parse(${JSON.stringify(json)});`, map: { mappings: '' } };
      },
    },
  };
}

export default function dataStoreAsJson(): AstroIntegration {
  return {
    name: 'timeline:data-store-as-json',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // `astro dev` keeps its store elsewhere and reloads the module itself when content changes.
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [dataStoreModulePlugin(new URL(DATA_STORE_FILE, config.cacheDir))] } });
      },
    },
  };
}
