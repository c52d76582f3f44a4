import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DATA_STORE_MODULE, dataStoreModulePlugin } from '../../src/integrations/data-store-as-json';

type LoadHandler = (id: string) => Promise<{ code: string } | null>;

/** Runs the plugin's `load` hook as Vite would for `id`. */
function load(storeFile: URL, id: string) {
  const hook = dataStoreModulePlugin(storeFile).load as { order: string; handler: LoadHandler };
  expect(hook.order).toBe('pre');
  return hook.handler(id);
}

function writeStore(data: unknown): URL {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'data-store-')), 'data-store.json');
  writeFileSync(file, JSON.stringify(data));
  return pathToFileURL(file);
}

async function evaluate(code: string): Promise<unknown> {
  const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown };
  return module.default;
}

describe('dataStoreModulePlugin', () => {
  // The shape of Astro's store (devalue's flat array) with text that is hard to put in a string.
  const store = [
    ['Map', 1, 2],
    'events',
    { html: '<p>Macron said "lift the siege" \\ </script> \u2028 Маріуполь</p>' },
  ];

  it('hands Astro the store file as one JSON string that parses to the same data', async () => {
    const code = (await load(writeStore(store), DATA_STORE_MODULE))?.code ?? '';
    expect(code).toMatch(/^export default JSON\.parse\(".*"\);$/s);
    expect(await evaluate(code)).toEqual(store);
  });

  it('leaves every other module to the plugins after it', async () => {
    expect(await load(writeStore(store), '\0astro:content')).toBeNull();
  });

  it('leaves the module to Astro when no store has been written', async () => {
    const missing = new URL('missing/data-store.json', pathToFileURL(`${tmpdir()}/`));
    expect(await load(missing, DATA_STORE_MODULE)).toBeNull();
  });
});
