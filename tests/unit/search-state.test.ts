import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState, type SearchState } from '../../src/lib/search-state';

const page = new URL('https://example.org/tl/search/');

describe('readSearchState', () => {
  it('opens `/search/?q=words` with that search', () => {
    expect(readSearchState('?q=grain+deal')).toEqual({
      query: 'grain deal',
      sort: '',
      filters: { actor: [], place: [], tag: [] },
    });
  });

  it('reads the sort and every selected filter, with names in any script', () => {
    const state = readSearchState(
      '?q=talks&sort=date-desc&actor=Emmanuel%20Macron&actor=%D0%97%D0%B5%D0%BB%D0%B5%D0%BD%D1%81%D1%8C%D0%BA%D0%B8%D0%B9&place=Kyiv&tag=diplomacy',
    );
    expect(state).toEqual({
      query: 'talks',
      sort: 'date-desc',
      filters: { actor: ['Emmanuel Macron', 'Зеленський'], place: ['Kyiv'], tag: ['diplomacy'] },
    });
  });

  it('falls back to relevance for an unknown sort and trims the query', () => {
    expect(readSearchState('?q=%20%20peace%20&sort=random')).toMatchObject({ query: 'peace', sort: '' });
  });

  it('reads an empty search as the empty state', () => {
    expect(readSearchState('')).toEqual({ query: '', sort: '', filters: { actor: [], place: [], tag: [] } });
  });
});

describe('writeSearchState', () => {
  it('round-trips a full state through the URL', () => {
    const state: SearchState = {
      query: 'prisoner exchange & talks',
      sort: 'date-asc',
      filters: { actor: ['Volodymyr Zelenskyy', 'Recep Tayyip Erdoğan'], place: ['Istanbul'], tag: ['talks'] },
    };
    const url = writeSearchState(page, state);
    expect(url.pathname).toBe('/tl/search/');
    expect(readSearchState(url.search)).toEqual(state);
  });

  it('leaves empty parts out so shared links stay short', () => {
    const url = writeSearchState(page, { query: 'ceasefire', sort: '', filters: { actor: [], place: [], tag: [] } });
    expect(url.href).toBe('https://example.org/tl/search/?q=ceasefire');
    expect(writeSearchState(page, readSearchState('')).href).toBe('https://example.org/tl/search/');
  });

  it('replaces the previous parameters rather than adding to them, and leaves the given URL alone', () => {
    const current = new URL('https://example.org/search/?q=old&tag=war&utm_source=x');
    const next = writeSearchState(current, { query: 'new', sort: '', filters: { actor: [], place: [], tag: ['aid'] } });
    expect(next.search).toBe('?q=new&tag=aid');
    expect(current.search).toBe('?q=old&tag=war&utm_source=x');
  });
});
