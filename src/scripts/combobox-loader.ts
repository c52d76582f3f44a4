/**
 * On every page: marks the search boxes as comboboxes and loads the suggestions code, and the name
 * index with it, only when a reader first focuses one, so pages weigh no more before a search.
 */
for (const wrapper of document.querySelectorAll<HTMLElement>('[data-combobox]')) {
  const input = wrapper.querySelector('input');
  const listbox = wrapper.querySelector<HTMLElement>('[role="listbox"]');
  if (!input || !listbox) continue;
  // The roles go on at once, so the box is announced as a combobox from the first focus.
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  input.setAttribute('aria-controls', listbox.id);
  const start = () => void import('./search-combobox').then(({ attachCombobox }) => attachCombobox(wrapper));
  if (document.activeElement === input) start();
  else input.addEventListener('focus', start, { once: true });
}
