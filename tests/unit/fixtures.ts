/** Small builders shared by the unit tests. */
import { parseEventDate, type EventDate } from '../../src/lib/event-date';
import { createTranslator } from '../../src/lib/messages';

/** A date that must parse, as the content schema would hand it to pages. */
export function eventDate(value: unknown): EventDate {
  const result = parseEventDate(value);
  if (!result.ok) throw new Error(`expected ${String(value)} to parse: ${result.message}`);
  return result.date;
}

export interface TestEvent {
  id: string;
  data: {
    date: EventDate;
    title: string;
    actors: { id: string }[];
    places: { id: string }[];
    tags: string[];
  };
}

/** An event as pages see it: `event('a', '2022-03-19')`, with optional title, actors, places and tags. */
export function event(
  id: string,
  date: unknown,
  {
    title = id,
    actors = [],
    places = [],
    tags = [],
  }: Partial<Record<'actors' | 'places' | 'tags', string[]>> & {
    title?: string;
  } = {},
): TestEvent {
  return {
    id,
    data: {
      date: eventDate(date),
      title,
      actors: actors.map((actorId) => ({ id: actorId })),
      places: places.map((placeId) => ({ id: placeId })),
      tags,
    },
  };
}

export const ids = (events: readonly { id: string }[]) => events.map(({ id }) => id);

/** The English interface, whose words the unit tests read back. */
export const english = createTranslator('en');

/** Period page labels in English. */
export const englishLabels = { all: english.t('period.all'), dates: english.dates };
