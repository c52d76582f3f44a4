/**
 * The search page on Pagefind's JavaScript API: the query, sort and filters live in the URL
 * (`?q=…&sort=date-asc&actor=…`), results are announced in a live region, and every control is
 * a native form field, so the page works with a keyboard alone.
 */
import { fillCount, fillMessage, type PluralForms } from '../lib/messages/fill';
import { FILTER_GROUPS, readSearchState, writeSearchState, type SearchState } from '../lib/search-state';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

interface PagefindResponse {
  results: { id: string; data: () => Promise<PagefindResultData> }[];
  filters: Record<string, Record<string, number>>;
  unfilteredResultCount: number;
}

interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options: Record<string, unknown>) => Promise<PagefindResponse | null>;
  debouncedSearch: (
    query: string | null,
    options: Record<string, unknown>,
    wait: number,
  ) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 20;

/** The page's words in the site's language, rendered by src/pages/search.astro into `data-messages`. */
export interface SearchMessages {
  filters: Record<(typeof FILTER_GROUPS)[number], string>;
  /** Result labels by the `kind` meta of actor and place pages. */
  kinds: Record<string, string>;
  unavailable: string;
  prompt: string;
  noResultsFor: string;
  noResultsFiltered: string;
  resultsFor: PluralForms;
  resultsFiltered: PluralForms;
}

let text: SearchMessages;
const lang = () => document.documentElement.lang;
const numbers = () => new Intl.NumberFormat(lang());

function element<Type extends HTMLElement>(id: string): Type {
  const found = document.getElementById(id);
  if (!found) throw new Error(`Search page is missing #${id}`);
  return found as Type;
}

function searchOptions(state: SearchState): Record<string, unknown> {
  const filters = Object.fromEntries(
    Object.entries(state.filters)
      .filter(([, values]) => values.length > 0)
      .map(([name, values]) => [name, { any: values }]),
  );
  const sort = state.sort === 'date-asc' ? { date: 'asc' } : state.sort === 'date-desc' ? { date: 'desc' } : undefined;
  return { filters, ...(sort && { sort }) };
}

function renderFilters(container: HTMLFormElement, counts: PagefindResponse['filters'], state: SearchState) {
  // The checkboxes are rebuilt with new counts; the one a keyboard user is on gets focus back.
  const focused =
    document.activeElement instanceof HTMLInputElement && container.contains(document.activeElement)
      ? document.activeElement
      : undefined;
  container.querySelectorAll('fieldset').forEach((fieldset) => fieldset.remove());
  element('filters-empty').hidden = Object.keys(counts).length > 0;
  for (const group of FILTER_GROUPS) {
    const values = Object.entries(counts[group] ?? {})
      .filter(([value, count]) => count > 0 || state.filters[group].includes(value))
      .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b));
    if (values.length === 0) continue;
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = text.filters[group];
    fieldset.append(legend);
    for (const [value, count] of values) {
      const label = document.createElement('label');
      const checkbox = document.createElement('input');
      checkbox.type = 'checkbox';
      checkbox.name = group;
      checkbox.value = value;
      checkbox.checked = state.filters[group].includes(value);
      const name = document.createElement('bdi');
      name.textContent = value;
      label.append(checkbox, name, ` (${numbers().format(count)})`);
      fieldset.append(label);
    }
    container.insertBefore(fieldset, container.querySelector('#filters-apply'));
  }
  if (focused) {
    [...container.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
      .find((checkbox) => checkbox.name === focused.name && checkbox.value === focused.value)
      ?.focus();
  }
}

/**
 * An excerpt keeps only its text and Pagefind's <mark> highlights: it is parsed in an inert
 * document and rebuilt, so no markup from page text can reach the live page.
 */
function excerptNodes(excerpt: string): Node[] {
  const parsed = new DOMParser().parseFromString(excerpt, 'text/html');
  return [...parsed.body.childNodes].map((node) => {
    if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
    const mark = document.createElement('mark');
    mark.textContent = node.textContent;
    return mark;
  });
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = document.createElement('li');
  const kind = data.meta['kind'];
  if (kind && kind !== 'Event') {
    const label = document.createElement('span');
    label.className = 'result-kind';
    label.textContent = text.kinds[kind] ?? kind;
    item.append(label);
  }
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
  // Titles, names and excerpts may run in either direction: each keeps its own.
  link.dir = 'auto';
  link.textContent = data.meta['title'] ?? data.url;
  heading.append(link);
  item.append(heading);
  if (data.meta['when'] && data.meta['date']) {
    const time = document.createElement('time');
    time.dateTime = data.meta['date'];
    time.textContent = data.meta['when'];
    item.append(time);
  }
  const summary = document.createElement('p');
  summary.dir = 'auto';
  if (data.meta['summary']) summary.textContent = data.meta['summary'];
  else summary.append(...excerptNodes(data.excerpt));
  item.append(summary);
  return item;
}

async function loadPagefind(form: HTMLFormElement): Promise<Pagefind> {
  const pagefind = (await import(/* @vite-ignore */ form.dataset['pagefindScript'] ?? '')) as Pagefind;
  await pagefind.options({ baseUrl: form.dataset['base'] ?? '/', excerptLength: 30 });
  await pagefind.init();
  // Filter counts come back with results only once the filter index is loaded.
  await pagefind.filters();
  return pagefind;
}

export async function startSearch() {
  const form = element<HTMLFormElement>('search-form');
  text = JSON.parse(form.dataset['messages'] ?? '{}') as SearchMessages;
  const input = element<HTMLInputElement>('search-input');
  const sortSelect = element<HTMLSelectElement>('search-sort');
  const filtersForm = element<HTMLFormElement>('search-filters');
  const status = element('search-status');
  const list = element<HTMLOListElement>('search-results');
  const more = element<HTMLButtonElement>('search-more');
  // Listeners go on before Pagefind has loaded, so nothing a fast typist enters is lost.
  const pagefindReady = loadPagefind(form);

  let state = readSearchState(window.location.search);
  let results: PagefindResponse['results'] = [];
  let shown = 0;
  let generation = 0;

  /** Appends the next results of search `current`; a newer search makes it stop. */
  const showMore = async (current: number, { focusFirst }: { focusFirst: boolean }) => {
    const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (current !== generation) return;
    const items = batch.map(renderResult);
    list.append(...items);
    shown += batch.length;
    // The button disappears once everything shows; focus moves to the first new result, not to nowhere.
    if (focusFirst) items[0]?.querySelector('a')?.focus();
    more.hidden = shown >= results.length;
  };

  const run = async (debounce: boolean) => {
    const current = (generation += 1);
    let pagefind: Pagefind;
    try {
      pagefind = await pagefindReady;
    } catch {
      status.textContent = text.unavailable;
      return;
    }
    const hasFilters = Object.values(state.filters).some((values) => values.length > 0);
    if (!state.query && !hasFilters) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = text.prompt;
      renderFilters(filtersForm, await pagefind.filters(), state);
      return;
    }
    const response = debounce
      ? await pagefind.debouncedSearch(state.query || null, searchOptions(state), 250)
      : await pagefind.search(state.query || null, searchOptions(state));
    if (!response || current !== generation) return;
    results = response.results;
    shown = 0;
    list.replaceChildren();
    await showMore(current, { focusFirst: false });
    if (current !== generation) return;
    renderFilters(filtersForm, response.filters, state);
    const values = { query: state.query };
    const plurals = new Intl.PluralRules(lang());
    if (results.length === 0) {
      status.textContent = fillMessage(state.query ? text.noResultsFor : text.noResultsFiltered, values, numbers());
    } else {
      const forms = state.query ? text.resultsFor : text.resultsFiltered;
      status.textContent = fillCount(forms, results.length, values, plurals, numbers());
    }
  };

  const syncForm = () => {
    input.value = state.query;
    sortSelect.value = state.sort;
  };

  // Typing a new query adds one history entry, then keeps it up to date letter by letter, so the
  // back button returns to the previous search rather than to each keystroke.
  let typingInEntry = false;

  const update = (changes: Partial<SearchState>, { typing }: { typing: boolean }) => {
    state = { ...state, ...changes };
    const url = writeSearchState(new URL(window.location.href), state);
    if (typingInEntry) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    typingInEntry = typing;
    void run(typing);
  };

  input.addEventListener('input', () => update({ query: input.value.trim() }, { typing: true }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update({ query: input.value.trim() }, { typing: false });
  });
  sortSelect.addEventListener('change', () => update({ sort: sortSelect.value }, { typing: false }));
  const applyFilters = () => {
    const data = new FormData(filtersForm);
    const filters = Object.fromEntries(
      FILTER_GROUPS.map((group) => [group, data.getAll(group).map(String)]),
    ) as SearchState['filters'];
    update({ filters }, { typing: false });
  };
  // Checkboxes apply at once; the submit button is there for keyboard and assistive-technology users.
  filtersForm.addEventListener('change', applyFilters);
  filtersForm.addEventListener('submit', (event) => {
    event.preventDefault();
    applyFilters();
  });
  more.addEventListener('click', () => void showMore(generation, { focusFirst: true }));
  window.addEventListener('popstate', () => {
    typingInEntry = false;
    state = readSearchState(window.location.search);
    syncForm();
    void run(false);
  });

  // A query typed while the page loaded wins over the one in the URL.
  if (input.value.trim() && input.value.trim() !== state.query) update({ query: input.value.trim() }, { typing: true });
  else {
    syncForm();
    await run(false);
  }
  input.focus();
}
