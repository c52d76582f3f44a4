/**
 * Narrows the timeline to one actor, place or topic without leaving the page. Without JavaScript
 * the form stays hidden and the full timeline shows; the filter lives in the URL (`?actor=…`).
 */

const FIELDS = ['actor', 'place', 'tag'] as const;
type FieldName = (typeof FIELDS)[number];

function selectedValues(form: HTMLFormElement): Partial<Record<FieldName, string>> {
  const data = new FormData(form);
  const values: Partial<Record<FieldName, string>> = {};
  for (const name of FIELDS) {
    const value = data.get(name);
    if (typeof value === 'string' && value) values[name] = value;
  }
  return values;
}

/** Actors and places are read from the card's own links (`…/actors/<id>/`); topics from `data-tags`. */
function matches(card: HTMLElement, values: Partial<Record<FieldName, string>>): boolean {
  return (Object.entries(values) as [FieldName, string][]).every(([name, value]) =>
    name === 'tag'
      ? (card.dataset['tags'] ?? '').split(' ').includes(value)
      : [...card.querySelectorAll<HTMLAnchorElement>('.chips a')].some((link) =>
          link.pathname.endsWith(`/${name}s/${value}/`),
        ),
  );
}

/**
 * "3 of 12 events shown." in the page's language: the server rendered the message for this page's
 * number of events, in its plural form, with `{shown}` left to fill.
 */
function shownMessage(form: HTMLFormElement, shown: number): string {
  const template = form.dataset['shownMessage'] ?? '{shown}';
  return template.replace('{shown}', new Intl.NumberFormat(document.documentElement.lang).format(shown));
}

function render(form: HTMLFormElement, status: HTMLElement) {
  const values = selectedValues(form);
  const cards = [...document.querySelectorAll<HTMLElement>('.event-list [data-event-id]')];
  let shown = 0;
  for (const card of cards) {
    const visible = matches(card, values);
    card.closest('li')?.toggleAttribute('hidden', !visible);
    if (visible) shown += 1;
  }
  for (const group of document.querySelectorAll<HTMLElement>('.event-list .day, .event-list .month')) {
    group.hidden = !group.querySelector('.events > li:not([hidden])');
  }
  const active = Object.keys(values).length > 0;
  status.textContent = active ? shownMessage(form, shown) : '';
  const url = new URL(window.location.href);
  for (const name of FIELDS) url.searchParams.delete(name);
  for (const [name, value] of Object.entries(values)) url.searchParams.set(name, value);
  window.history.replaceState(null, '', url);
}

export function applyTimelineFilter() {
  const form = document.querySelector<HTMLFormElement>('#timeline-filter');
  const status = form?.querySelector<HTMLElement>('.filter-status');
  if (!form || !status) return;
  const params = new URLSearchParams(window.location.search);
  for (const name of FIELDS) {
    const select = form.elements.namedItem(name);
    const value = params.get(name);
    if (select instanceof HTMLSelectElement && value && [...select.options].some((option) => option.value === value)) {
      select.value = value;
    }
  }
  // A filter from the URL is in force: show what it is.
  const details = form.querySelector('details');
  if (details && Object.keys(selectedValues(form)).length > 0) details.open = true;
  form.hidden = false;
  form.addEventListener('change', () => render(form, status));
  form.addEventListener('reset', () => setTimeout(() => render(form, status)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    render(form, status);
  });
  render(form, status);
}
