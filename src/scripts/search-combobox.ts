/**
 * Suggestions as you type: the WAI-ARIA 1.2 "combobox with listbox popup" pattern on a search box.
 * Arrow keys move through people, places and topics, Enter opens the one chosen (or submits the
 * form when none is), Escape closes the list, and a polite live region says how many there are.
 * The box stays a plain search field of a plain form: without this script, searching still works.
 */
import { matchNames, type NameMatch } from '../lib/name-matching';
import { formatCount, type PluralForms } from '../lib/messages/plural';
import { entryDetails, entryUrl, loadNameIndex, readNameIndexSettings } from './name-index-client';

const SUGGESTIONS = 8;
/** Fewer letters than this suggest nothing: one letter would only list the most frequent names. */
const MIN_LETTERS = 2;

interface SuggestionMessages {
  count: PluralForms;
  none: string;
}

export function attachCombobox(wrapper: HTMLElement) {
  const input = wrapper.querySelector('input');
  // Created by ./combobox-loader.ts, which also gave the box its roles.
  const listbox = wrapper.querySelector<HTMLElement>('[role="listbox"]');
  const status = wrapper.querySelector<HTMLElement>('[data-combobox-status]');
  if (!input || !listbox || !status || wrapper.dataset['comboboxReady']) return;
  wrapper.dataset['comboboxReady'] = 'true';
  const settings = readNameIndexSettings(wrapper);
  const messages = JSON.parse(wrapper.dataset['suggestions'] ?? '{}') as SuggestionMessages;
  const index = loadNameIndex(settings);
  let options: { element: HTMLElement; url: string }[] = [];
  let active = -1;

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const activate = (position: number) => {
    options[active]?.element.setAttribute('aria-selected', 'false');
    active = position;
    const option = options[active];
    if (!option) {
      input.removeAttribute('aria-activedescendant');
      return;
    }
    option.element.setAttribute('aria-selected', 'true');
    input.setAttribute('aria-activedescendant', option.element.id);
    option.element.scrollIntoView({ block: 'nearest' });
  };

  const render = (matches: NameMatch[]) => {
    options = matches.map((match, position) => {
      const element = document.createElement('li');
      element.id = `${listbox.id}-${String(position)}`;
      element.setAttribute('role', 'option');
      element.setAttribute('aria-selected', 'false');
      const name = document.createElement('span');
      name.className = 'suggestion-name';
      name.textContent = match.entry.name;
      const details = document.createElement('span');
      details.className = 'suggestion-details';
      details.textContent = entryDetails(settings, match.entry);
      element.append(name, ' ', details);
      return { element, url: entryUrl(settings, match.entry) };
    });
    listbox.replaceChildren(...options.map(({ element }) => element));
    active = -1;
    input.removeAttribute('aria-activedescendant');
    const open = options.length > 0;
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    status.textContent = open ? formatCount(messages.count, options.length, settings.lang) : messages.none;
  };

  let generation = 0;
  const suggest = async () => {
    const current = (generation += 1);
    const query = input.value.trim();
    if (query.length < MIN_LETTERS) {
      close();
      status.textContent = '';
      return;
    }
    const prepared = await index.catch(() => undefined);
    if (!prepared || current !== generation) return;
    render(matchNames(prepared, query, SUGGESTIONS));
  };

  const choose = (position: number) => {
    const option = options[position];
    if (option) window.location.assign(option.url);
  };

  input.addEventListener('input', () => void suggest());
  // What a fast reader typed while this code was loading gets its suggestions too.
  if (input.value.trim() !== '' && document.activeElement === input) void suggest();
  input.addEventListener('keydown', (event) => {
    const open = !listbox.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        void suggest();
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // From the box, Down goes to the first suggestion and Up to the last; both wrap around.
      activate(
        active === -1 ? (step === 1 ? 0 : options.length - 1) : (active + step + options.length) % options.length,
      );
    } else if (event.key === 'Enter' && open && active >= 0) {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close();
    }
  });
  input.addEventListener('blur', close);
  input.form?.addEventListener('submit', close);
  // A pointer press on a suggestion must not take focus from the box before the click chooses it.
  listbox.addEventListener('mousedown', (event) => event.preventDefault());
  listbox.addEventListener('click', (event) => {
    const element = event.target instanceof Element ? event.target.closest('[role="option"]') : null;
    choose(options.findIndex((option) => option.element === element));
  });
}
