import { describe, expect, it } from 'vitest';
import { queueWrites } from '../../src/integrations/serial-store-writes';

/**
 * A store with Astro 5.18's write logic: a write that starts while another runs is marked
 * pending, and the running one then writes its own (older) snapshot again.
 */
class StaleRetryStore {
  entries: string[] = [];
  disk = '';
  #writing = false;
  #pending = false;

  async writeToDisk(): Promise<void> {
    await this.#writeAtomic(JSON.stringify(this.entries));
  }

  async #writeAtomic(data: string): Promise<void> {
    if (this.#writing) {
      this.#pending = true;
      return;
    }
    this.#writing = true;
    try {
      await new Promise((resolve) => setTimeout(resolve, 5));
      this.disk = data;
    } finally {
      this.#writing = false;
      if (this.#pending) {
        this.#pending = false;
        await this.#writeAtomic(data);
      }
    }
  }
}

async function writeTwiceWhileBusy(store: StaleRetryStore): Promise<string> {
  const first = store.writeToDisk();
  store.entries.push('2022-03-18-macron-putin-call');
  await Promise.all([first, store.writeToDisk()]);
  return store.disk;
}

describe('queued content store writes', () => {
  it('Astro’s own logic loses the newer snapshot when two writes overlap', async () => {
    expect(await writeTwiceWhileBusy(new StaleRetryStore())).toBe('[]');
  });

  it('with writes queued, the store on disk is the newest one', async () => {
    class QueuedStore extends StaleRetryStore {}
    queueWrites(QueuedStore.prototype);
    expect(await writeTwiceWhileBusy(new QueuedStore())).toBe('["2022-03-18-macron-putin-call"]');
  });
});
