// "Copy the code" beside an embed snippet. Without JavaScript (or clipboard access) the button stays
// hidden and the snippet is there to select and copy by hand.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.getElementById(button.dataset['copy'] ?? '');
  if (!source || !navigator.clipboard) continue;
  const label = button.textContent;
  button.hidden = false;
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(source.textContent ?? '').then(() => {
      button.textContent = button.dataset['copied'] ?? label;
      setTimeout(() => (button.textContent = label), 2000);
    });
  });
}
