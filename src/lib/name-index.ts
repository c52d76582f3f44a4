/**
 * The compact name index that search loads when a reader focuses a search box: every actor's and
 * place's name and aliases and every topic, with a label and an event count. Rows are arrays,
 * not objects, and aliases that add nothing to matching are left out, so 1,300 names stay well
 * under 40 KB compressed.
 */
import { plainWord, splitWords, type NameEntry, type NameKind } from './name-matching';

/** `[id, name, aliases, label, events]` for actors and places; `[tag, events]` for topics. */
type NamedRow = [string, string, string[], string, number];
type TopicRow = [string, number];

export interface EncodedNameIndex {
  actors: NamedRow[];
  places: NamedRow[];
  topics: TopicRow[];
}

/**
 * Aliases whose words are all words of the name or of an alias kept before them, case and
 * accents aside ("Macron" beside "Emmanuel Macron", "Erdogan" beside "Erdoğan"), match nothing more.
 */
export function distinctAliases(name: string, aliases: readonly string[]): string[] {
  const known = new Set(splitWords(name).map(plainWord));
  const kept: string[] = [];
  for (const alias of aliases) {
    const words = splitWords(alias).map(plainWord);
    if (words.every((word) => known.has(word))) continue;
    kept.push(alias);
    for (const word of words) known.add(word);
  }
  return kept;
}

const namedRow = ({ id, name, aliases, label, events }: NameEntry): NamedRow => [
  id,
  name,
  distinctAliases(name, aliases),
  label,
  events,
];

export function encodeNameIndex(entries: readonly NameEntry[]): EncodedNameIndex {
  const of = (kind: NameKind) => entries.filter((entry) => entry.kind === kind);
  return {
    actors: of('actor').map(namedRow),
    places: of('place').map(namedRow),
    topics: of('topic').map(({ id, events }) => [id, events]),
  };
}

/** The entries of an encoded index; `topicLabel` is the label every topic shows. */
export function decodeNameIndex(index: EncodedNameIndex, topicLabel: string): NameEntry[] {
  const named = (kind: NameKind) => (row: NamedRow) => {
    const [id, name, aliases, label, events] = row;
    return { kind, id, name, aliases, label, events };
  };
  return [
    ...index.actors.map(named('actor')),
    ...index.places.map(named('place')),
    ...index.topics.map(([id, events]) => ({
      kind: 'topic' as const,
      id,
      name: id,
      aliases: [],
      label: topicLabel,
      events,
    })),
  ];
}
