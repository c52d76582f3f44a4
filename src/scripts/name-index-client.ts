/**
 * The name index in the browser: fetched once, when a reader first focuses a search box, and
 * folded once for matching; plus what suggestions and entity cards show for an entry.
 */
import { decodeNameIndex, type EncodedNameIndex } from '../lib/name-index';
import { prepareIndex, type NameEntry, type PreparedIndex } from '../lib/name-matching';
import { formatCount, type PluralForms } from '../lib/messages/plural';
import { createPaths } from '../lib/urls';

/** What the server renders into `data-search-names` for the scripts. */
export interface NameIndexSettings {
  /** URL of the index. */
  url: string;
  /** The site's base path. */
  base: string;
  lang: string;
  topicLabel: string;
  events: PluralForms;
}

const loaded = new Map<string, Promise<PreparedIndex>>();

export function loadNameIndex({ url, topicLabel }: NameIndexSettings): Promise<PreparedIndex> {
  let index = loaded.get(url);
  if (!index) {
    index = fetch(url)
      .then((response) => {
        if (!response.ok) throw new Error(`${url}: HTTP ${String(response.status)}`);
        return response.json() as Promise<EncodedNameIndex>;
      })
      .then((encoded) => prepareIndex(decodeNameIndex(encoded, topicLabel)));
    // A failed load may succeed on the next focus.
    index.catch(() => loaded.delete(url));
    loaded.set(url, index);
  }
  return index;
}

export function readNameIndexSettings(element: HTMLElement): NameIndexSettings {
  return JSON.parse(element.dataset['searchNames'] ?? '{}') as NameIndexSettings;
}

export function entryUrl(settings: NameIndexSettings, entry: NameEntry): string {
  const paths = createPaths(settings.base);
  if (entry.kind === 'actor') return paths.actor(entry.id);
  if (entry.kind === 'place') return paths.place(entry.id);
  return paths.tag(entry.id);
}

/** "President of France · 45 events". */
export function entryDetails(settings: NameIndexSettings, entry: NameEntry): string {
  return `${entry.label} · ${formatCount(settings.events, entry.events, settings.lang)}`;
}
