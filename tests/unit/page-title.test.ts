import { describe, expect, it } from 'vitest';
import { MAX_TITLE_LENGTH, pageTitle, sourceLength } from '../../src/lib/page-title';

describe('pageTitle', () => {
  it('adds the site name when both fit', () => {
    expect(pageTitle('Versailles summit', 'War diplomacy 2022')).toBe('Versailles summit · War diplomacy 2022');
  });

  it('drops the site name before cutting the headline', () => {
    const title = 'Macron, Scholz, Draghi and Iohannis travel to Kyiv by night train';
    expect(pageTitle(title, 'War diplomacy 2022')).toBe(title);
  });

  it('cuts a long headline at a word, within the limit, with an ellipsis', () => {
    const title = 'Zelenskyy visits Washington, meets Biden and addresses Congress as the US pledges a Patriot battery';
    const result = pageTitle(title, 'War diplomacy 2022');
    expect(result.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(result).toBe('Zelenskyy visits Washington, meets Biden and addresses Congress as…');
  });
});

describe('sourceLength', () => {
  it('counts characters as Astro writes them, entities included', () => {
    expect(sourceLength(`"people's" & <b>`)).toBe(`&quot;people&#39;s&quot; &amp; &lt;b&gt;`.length);
  });

  it('keeps a title with quotes within the limit once escaped', () => {
    const title = `Putin recognises the Donetsk and Luhansk "people's republics" and orders troops in`;
    expect(sourceLength(pageTitle(title, 'War diplomacy 2022'))).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
  });
});
