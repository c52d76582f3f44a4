/**
 * Backport of the fix for withastro/astro#15672 (Astro 5.18.2 has no release with it). Astro's
 * content store writes itself to disk on a debounce; when a write starts while another is still
 * running, Astro re-writes the *older* snapshot afterwards and drops the newer one. Under load (a
 * slow glob between two entries outlasts the debounce) a build then bundles a store with missing
 * or empty collections and quietly produces a site without its events. Queuing the writes means
 * each one serialises the store as it is when its turn comes. Remove on upgrading to a release
 * that queues writes itself.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

interface WritableStore {
  writeToDisk(): Promise<void>;
}

const queues = new WeakMap<WritableStore, Promise<void>>();

/** Makes every `writeToDisk` of a store wait for the one before it. */
export function queueWrites(prototype: WritableStore): void {
  const write = prototype.writeToDisk;
  if ((write as { queued?: true }).queued) return;
  const queued = function (this: WritableStore) {
    const turn = (queues.get(this) ?? Promise.resolve()).then(() => write.call(this));
    queues.set(
      this,
      turn.catch(() => undefined),
    );
    return turn;
  };
  prototype.writeToDisk = Object.assign(queued, { queued: true as const });
}

/**
 * Node's own `import()`: Astro loads this config through Vite, whose runner would give the file a
 * second module instance (and is closed by the time hooks run); the patch must reach Astro's.
 */
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** Astro's own module instance of the store (its package does not export the file). */
async function astroStorePrototype(): Promise<WritableStore> {
  const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
  const file = new URL('dist/content/mutable-data-store.js', pathToFileURL(astroPackage));
  const { MutableDataStore } = (await nativeImport(file.href)) as {
    MutableDataStore: { prototype: WritableStore };
  };
  return MutableDataStore.prototype;
}

export default function serialStoreWrites(): AstroIntegration {
  return {
    name: 'timeline:serial-store-writes',
    hooks: {
      // Runs before Astro syncs content, which is when the store is written.
      'astro:config:setup': async () => queueWrites(await astroStorePrototype()),
    },
  };
}
