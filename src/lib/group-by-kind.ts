/** Groups actors or places by kind for the index pages, each sorted by name. */
export interface IndexEntryInput {
  id: string;
  data: { name: string; kind: string };
}

const nameCollator = new Intl.Collator('en', { sensitivity: 'base' });

export function groupByKind<Entry extends IndexEntryInput>(
  entries: Iterable<Entry>,
  kindLabels: Readonly<Record<string, string>>,
): { label: string; entries: Entry[] }[] {
  const sorted = [...entries].sort((a, b) => nameCollator.compare(a.data.name, b.data.name));
  return Object.entries(kindLabels)
    .map(([kind, label]) => ({ label, entries: sorted.filter((entry) => entry.data.kind === kind) }))
    .filter(({ entries: group }) => group.length > 0);
}
