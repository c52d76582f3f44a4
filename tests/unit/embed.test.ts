import { describe, expect, it } from 'vitest';
import { EMBED_EVENT_COUNT, embedSnippet, newestEvents } from '../../src/lib/embed';

describe('newestEvents', () => {
  it('keeps a short list whole', () => {
    expect(newestEvents(['a', 'b', 'c'])).toEqual({ events: ['a', 'b', 'c'], total: 3 });
  });

  it('keeps the newest events of a long list, in timeline order, and says how many there are', () => {
    const all = Array.from({ length: 10_000 }, (_, index) => index);
    const { events, total } = newestEvents(all);
    expect(total).toBe(10_000);
    expect(events).toHaveLength(EMBED_EVENT_COUNT);
    expect(events.at(0)).toBe(10_000 - EMBED_EVENT_COUNT);
    expect(events.at(-1)).toBe(9_999);
  });
});

describe('embedSnippet', () => {
  it('is an iframe with the address, a title and a starting height', () => {
    expect(embedSnippet({ src: 'https://example.org/embed/', title: 'Timeline: War' })).toBe(
      '<iframe src="https://example.org/embed/" title="Timeline: War" width="100%" height="600" style="border:0;max-width:100%" loading="lazy"></iframe>',
    );
  });

  it('escapes quotes and markup in the title', () => {
    expect(embedSnippet({ src: 'https://example.org/embed/tags/a/', title: 'Say "hi" <b>' })).toContain(
      'title="Say &quot;hi&quot; &lt;b&gt;"',
    );
  });
});
