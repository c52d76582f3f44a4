/**
 * On every page: turns the search boxes marked `data-combobox` into comboboxes (roles, an empty
 * suggestions list, a live region) and loads the suggestions code, and the name index with it,
 * only when a reader first focuses one, so pages weigh no more before a search. Without
 * JavaScript none of this exists and the box is a plain search field.
 */
for (const wrapper of document.querySelectorAll<HTMLElement>('[data-combobox]')) {
  const input = wrapper.querySelector('input');
  if (!input) continue;
  const listbox = document.createElement('ul');
  listbox.id = `${input.id}-suggestions`;
  listbox.className = 'combobox-list';
  listbox.setAttribute('role', 'listbox');
  listbox.setAttribute('aria-label', wrapper.dataset['comboboxLabel'] ?? '');
  listbox.hidden = true;
  const status = document.createElement('p');
  status.className = 'visually-hidden';
  status.setAttribute('aria-live', 'polite');
  status.dataset['comboboxStatus'] = '';
  wrapper.append(listbox, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  const start = () => void import('./search-combobox').then(({ attachCombobox }) => attachCombobox(wrapper));
  if (document.activeElement === input) start();
  else input.addEventListener('focus', start, { once: true });
}
