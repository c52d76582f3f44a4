import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATA_STORE_MODULE, dataStoreModulePlugin } from '../../src/integrations/data-store-as-json';
import { temporaryFolder } from '../support/temporary-folders';

type LoadHook = { order: string; handler: (this: unknown, id: string) => Promise<{ code: string } | null> };

const folder = temporaryFolder('data-store-');

function pluginFor(storeFile: URL) {
  const plugin = dataStoreModulePlugin(() => storeFile);
  return { apply: plugin.apply, load: plugin.load as LoadHook };
}

/** Runs the plugin's `load` hook as Vite would, with a context whose `error` throws like Vite's. */
function load(storeFile: URL, id: string) {
  const context = {
    error: (message: string) => {
      throw new Error(message);
    },
  };
  return pluginFor(storeFile).load.handler.call(context, id);
}

function writeStore(name: string, text: string): URL {
  const file = path.join(folder, name);
  writeFileSync(file, text);
  return pathToFileURL(file);
}

async function evaluate(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return module.default;
}

describe('dataStoreModulePlugin', () => {
  // What Astro writes: devalue's flat form of Map<collection, Map<id, entry>>, here with text that
  // is hard to put in a JavaScript string.
  const store = [
    ['Map', 1, 2],
    'events',
    ['Map', 3, 4],
    '2022-03-18-macron-putin-call',
    { id: 3, rendered: 5 },
    { html: 6 },
    '<p>Macron urged "lift the siege" \\ </script> \u2028 Маріуполь</p>',
  ];
  const storeFile = writeStore('data-store.json', JSON.stringify(store));

  it('answers for the store module before Astro does, in builds only', () => {
    const { apply, load: hook } = pluginFor(storeFile);
    expect(hook.order).toBe('pre');
    expect(apply).toBe('build');
  });

  it('hands Astro a module that reads the store file, so the bundle holds no copy of it', async () => {
    const code = (await load(storeFile, DATA_STORE_MODULE))?.code ?? '';
    expect(code).not.toContain('2022-03-18-macron-putin-call');
    expect(code.length).toBeLessThan(500);
    expect(await evaluate(code)).toEqual(store);
  });

  it('leaves every other module to the plugins after it', async () => {
    expect(await load(storeFile, '\0astro:content')).toBeNull();
  });

  it('fails the build when the store is missing, instead of building an empty site', async () => {
    const missing = new URL('missing/data-store.json', pathToFileURL(`${folder}/`));
    await expect(load(missing, DATA_STORE_MODULE)).rejects.toThrow(/No content store at .*missing.*data-store\.json/);
  });

  it('fails the build when the store is not JSON', async () => {
    const broken = writeStore('broken.json', JSON.stringify(store).slice(0, 40));
    await expect(load(broken, DATA_STORE_MODULE)).rejects.toThrow(/broken\.json is not JSON/);
  });
});
