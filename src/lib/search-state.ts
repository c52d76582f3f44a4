/** The search page's state as URL parameters: `?q=words&sort=date-asc&actor=Name&place=Name&tag=tag`. */
export const FILTER_GROUPS = ['actor', 'place', 'tag'] as const;
const SORTS = new Set(['', 'date-asc', 'date-desc']);

export interface SearchState {
  query: string;
  /** `''` for relevance, `date-asc` or `date-desc`. */
  sort: string;
  /** Selected filter values (display names) per Pagefind filter. */
  filters: Record<(typeof FILTER_GROUPS)[number], string[]>;
}

export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const sort = params.get('sort') ?? '';
  return {
    query: (params.get('q') ?? '').trim(),
    sort: SORTS.has(sort) ? sort : '',
    filters: { actor: params.getAll('actor'), place: params.getAll('place'), tag: params.getAll('tag') },
  };
}

/** `url` with the state's parameters, dropping empty ones so shared links stay short. */
export function writeSearchState(url: URL, state: SearchState): URL {
  const next = new URL(url);
  next.search = '';
  if (state.query) next.searchParams.set('q', state.query);
  if (state.sort) next.searchParams.set('sort', state.sort);
  for (const group of FILTER_GROUPS) for (const value of state.filters[group]) next.searchParams.append(group, value);
  return next;
}
