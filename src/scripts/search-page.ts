/**
 * The search page on Pagefind's JavaScript API: the query, sort and filters live in the URL
 * (`?q=…&sort=date-asc&actor=…`), results are announced in a live region, and every control is
 * a native form field, so the page works with a keyboard alone.
 */
import { formatCount, type PluralForms } from '../lib/messages/plural';
import { matchNames, queryWordsIn, type NameMatch, type PreparedIndex } from '../lib/name-matching';
import { FILTER_GROUPS, readSearchState, writeSearchState, type SearchState } from '../lib/search-state';
import {
  entryDetails,
  entryUrl,
  loadNameIndex,
  readNameIndexSettings,
  type NameIndexSettings,
} from './name-index-client';

interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
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

/** Strings rendered by src/pages/search.astro. */
interface PageMessages {
  filterLabels: Record<(typeof FILTER_GROUPS)[number], string>;
  prompt: string;
  unavailable: string;
  results: PluralForms;
  filtered: PluralForms;
  none: string;
  noneFiltered: string;
  showing: string;
  didYouMean: string;
}

const PAGE_SIZE = 20;
/** Results read to tell a real answer from Pagefind's guesses for a word it does not know. */
const CHECKED_RESULTS = 5;
/** People, places and topics shown as cards above the events at most. */
const ENTITY_CARDS = 3;

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

function renderFilters(
  container: HTMLFormElement,
  counts: PagefindResponse['filters'],
  state: SearchState,
  labels: PageMessages['filterLabels'],
) {
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
    legend.textContent = labels[group];
    fieldset.append(legend);
    for (const [value, count] of values) {
      const label = document.createElement('label');
      const checkbox = document.createElement('input');
      checkbox.type = 'checkbox';
      checkbox.name = group;
      checkbox.value = value;
      checkbox.checked = state.filters[group].includes(value);
      label.append(checkbox, `${value} (${count})`);
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
    label.textContent = kind;
    item.append(label);
  }
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = data.url;
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
  if (data.meta['summary']) summary.textContent = data.meta['summary'];
  else summary.append(...excerptNodes(data.excerpt));
  item.append(summary);
  return item;
}

/** A person's, place's or topic's card: its name linking to its page, its role or kind, its events. */
function renderEntityCard(settings: NameIndexSettings, { entry }: NameMatch): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = entryUrl(settings, entry);
  link.textContent = entry.name;
  heading.append(link);
  const details = document.createElement('p');
  details.textContent = entryDetails(settings, entry);
  item.append(heading, details);
  return item;
}

/** A message with `{query}` filled in and `{name}` as a link to the name's page. */
function messageWithLink(template: string, query: string, link: HTMLAnchorElement): Node[] {
  const [before = '', after = ''] = template.replaceAll('{query}', query).split('{name}');
  return [document.createTextNode(before), link, document.createTextNode(after)];
}

/**
 * What the name index says about a query, given the first results Pagefind found for it: the
 * cards to show first, and whether to correct the query or only suggest the name.
 */
function interpretQuery(
  matches: NameMatch[],
  query: string,
  firstResults: PagefindResultData[],
): { cards: NameMatch[]; correction?: 'showing' | 'didYouMean'; guesses: boolean } {
  const { found, missing } = queryWordsIn(query, firstResults.map(({ content }) => content).join(' '));
  // Not one word of the query in the first results: Pagefind only guessed.
  const guesses = found.length === 0;
  const [top] = matches;
  if (!top) return { cards: [], guesses };
  const cards = matches
    .filter(({ cost, quality }) => cost === top.cost && quality === top.quality)
    .slice(0, ENTITY_CARDS);
  // Words the index does not know, close to a name: search for the name instead of listing guesses.
  if (!top.literal && missing.length > 0) return { cards, correction: 'showing', guesses };
  // Real words that are also close to a name ("Marine", "Marin"): keep the results, offer the name.
  if (!top.literal) return { cards: [], correction: 'didYouMean', guesses };
  // Three letters begun are no name yet.
  return { cards: top.quality === 'prefix' && query.length < 4 ? [] : cards, guesses };
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
  const input = element<HTMLInputElement>('search-input');
  const sortSelect = element<HTMLSelectElement>('search-sort');
  const filtersForm = element<HTMLFormElement>('search-filters');
  const status = element('search-status');
  const correctionNote = element('search-correction');
  const cardList = element<HTMLUListElement>('search-entities');
  const list = element<HTMLOListElement>('search-results');
  const more = element<HTMLButtonElement>('search-more');
  const text = JSON.parse(form.dataset['messages'] ?? '{}') as PageMessages;
  const lang = document.documentElement.lang;
  const names = readNameIndexSettings(input.closest<HTMLElement>('[data-combobox]') ?? form);
  // Listeners go on before Pagefind has loaded, so nothing a fast typist enters is lost.
  const pagefindReady = loadPagefind(form);
  // The box has focus from the start, so the name index is wanted at once here.
  const namesReady: Promise<PreparedIndex | undefined> = loadNameIndex(names).catch(() => undefined);

  let state = readSearchState(window.location.search);
  let results: PagefindResponse['results'] = [];
  let cardUrls = new Set<string>();
  let shown = 0;
  let generation = 0;

  /** Appends the next results of search `current`; a newer search makes it stop. */
  const showMore = async (current: number, { focusFirst }: { focusFirst: boolean }) => {
    const batch = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (current !== generation) return;
    // A person or place already shown as a card is not listed again.
    const items = batch.filter(({ url }) => !cardUrls.has(url)).map(renderResult);
    list.append(...items);
    shown += batch.length;
    // The button disappears once everything shows; focus moves to the first new result, not to nowhere.
    if (focusFirst) items[0]?.querySelector('a')?.focus();
    more.hidden = shown >= results.length;
  };

  const clearNames = () => {
    correctionNote.replaceChildren();
    cardList.hidden = true;
    cardList.replaceChildren();
    cardUrls = new Set();
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
      clearNames();
      list.replaceChildren();
      more.hidden = true;
      status.textContent = text.prompt;
      renderFilters(filtersForm, await pagefind.filters(), state, text.filterLabels);
      return;
    }
    const options = searchOptions(state);
    let response = debounce
      ? await pagefind.debouncedSearch(state.query || null, options, 250)
      : await pagefind.search(state.query || null, options);
    if (!response || current !== generation) return;
    let shownQuery = state.query;
    let cards: NameMatch[] = [];
    let correction: HTMLElement | undefined;
    if (state.query) {
      const [index, firstResults] = await Promise.all([
        namesReady,
        Promise.all(response.results.slice(0, CHECKED_RESULTS).map((result) => result.data())),
      ]);
      const matches = index ? matchNames(index, state.query, ENTITY_CARDS + 1) : [];
      const reading = interpretQuery(matches, state.query, firstResults);
      cards = reading.cards;
      const [top] = matches;
      if (reading.correction === 'showing' && top) {
        const corrected = await pagefind.search(top.entry.name, options);
        if (current !== generation) return;
        if (corrected) response = corrected;
        shownQuery = top.entry.name;
      } else if (reading.guesses && !top) {
        // Pages that only share a few letters with unknown words are no answer.
        response = { ...response, results: [] };
      }
      if (reading.correction && top) {
        const link = document.createElement('a');
        link.href = entryUrl(names, top.entry);
        link.textContent = top.entry.name;
        correction = document.createElement('span');
        correction.append(...messageWithLink(text[reading.correction], state.query, link));
      }
    }
    if (current !== generation) return;
    clearNames();
    if (correction) correctionNote.append(correction);
    cardList.append(...cards.map((card) => renderEntityCard(names, card)));
    cardList.hidden = cards.length === 0;
    cardUrls = new Set(cards.map(({ entry }) => entryUrl(names, entry)));
    results = response.results;
    shown = 0;
    list.replaceChildren();
    await showMore(current, { focusFirst: false });
    if (current !== generation) return;
    renderFilters(filtersForm, response.filters, state, text.filterLabels);
    status.textContent = statusText(results.length, shownQuery);
  };

  const statusText = (count: number, query: string) => {
    if (!query) return count === 0 ? text.noneFiltered : formatCount(text.filtered, count, lang);
    if (count === 0) return text.none.replaceAll('{query}', query);
    return formatCount(text.results, count, lang).replaceAll('{query}', query);
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
