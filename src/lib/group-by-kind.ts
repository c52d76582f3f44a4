/** Groups actors or places by kind for the index pages, each sorted by name. */
export interface IndexEntryInput {
  id: string;
  data: { name: string; kind: string };
}

/** Names sort as the site's language sorts them (`lang`), ignoring case and accents. */
export function groupByKind<Entry extends IndexEntryInput>(
  entries: Iterable<Entry>,
  kindLabels: Readonly<Record<string, string>>,
  lang = 'en',
): { kind: string; label: string; entries: Entry[] }[] {
  const nameCollator = new Intl.Collator(lang, { sensitivity: 'base' });
  const sorted = [...entries].sort((a, b) => nameCollator.compare(a.data.name, b.data.name));
  return Object.entries(kindLabels)
    .map(([kind, label]) => ({ kind, label, entries: sorted.filter((entry) => entry.data.kind === kind) }))
    .filter(({ entries: group }) => group.length > 0);
}
