/** The stable, tool-facing form of an event in `/events.json` (documented in README). */
import type { EventData } from './content-schemas';

export interface FeedEventInput {
  id: string;
  data: Omit<EventData, 'actors' | 'places'> & { actors: readonly { id: string }[]; places: readonly { id: string }[] };
}

export interface PublicEvent {
  id: string;
  url: string;
  title: string;
  date: string;
  precision: EventData['date']['precision'];
  end: string | null;
  approximate: boolean;
  summary: string;
  actors: string[];
  places: string[];
  tags: string[];
  sources: { publisher: string; title: string | null; url: string | null; date: string | null }[];
  importance: 1 | 2 | 3;
  /** Last substantive change (`YYYY-MM-DD`), or null. */
  updated: string | null;
  /** Published corrections, oldest first. */
  corrections: { date: string; text: string }[];
}

export function toPublicEvent(event: FeedEventInput, url: string): PublicEvent {
  const { data } = event;
  return {
    id: event.id,
    url,
    title: data.title,
    date: data.date.written,
    precision: data.date.precision,
    end: data.end?.written ?? null,
    approximate: data.approximate,
    summary: data.summary,
    actors: data.actors.map(({ id }) => id),
    places: data.places.map(({ id }) => id),
    tags: [...data.tags],
    sources: data.sources.map((source) => ({
      publisher: source.publisher,
      title: source.title ?? null,
      url: source.url ?? null,
      date: source.date?.written ?? null,
    })),
    importance: data.importance,
    updated: data.updated?.written ?? null,
    corrections: data.corrections.map(({ date, text }) => ({ date: date.written, text })),
  };
}
