/** Indexes computed once over the sorted events, so pages never re-scan the whole archive. */
import type { Chronological } from './chronology';

export interface LinkedEvent extends Chronological {
  data: Chronological['data'] & {
    actors: readonly { id: string }[];
    places: readonly { id: string }[];
    tags: readonly string[];
  };
}

/** Events under each key, in the order given (timeline order when `events` is sorted). */
export function indexEventsBy<Event>(
  events: readonly Event[],
  keysOf: (event: Event) => readonly string[],
): Map<string, Event[]> {
  const index = new Map<string, Event[]>();
  for (const event of events) {
    for (const key of new Set(keysOf(event))) {
      const list = index.get(key);
      if (list) list.push(event);
      else index.set(key, [event]);
    }
  }
  return index;
}

export const actorIdsOf = (event: LinkedEvent) => event.data.actors.map(({ id }) => id);
export const placeIdsOf = (event: LinkedEvent) => event.data.places.map(({ id }) => id);
export const tagsOf = (event: LinkedEvent) => event.data.tags;

export interface Count {
  id: string;
  count: number;
}

const idOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** How often each key occurs in `events`, most frequent first, then by key; `exclude` is left out. */
export function countBy<Event>(
  events: readonly Event[],
  keysOf: (event: Event) => readonly string[],
  exclude?: string,
): Count[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const key of new Set(keysOf(event))) if (key !== exclude) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([id, count]) => ({ id, count })).sort((a, b) => b.count - a.count || idOrder(a.id, b.id));
}

/** How often each actor appears in `events`, most frequent first, leaving out `exclude`. */
export function countActors(events: readonly LinkedEvent[], exclude?: string): Count[] {
  return countBy(events, actorIdsOf, exclude);
}

/** The events before and after each event in timeline order. */
export function neighboursOf<Event extends Chronological>(
  events: readonly Event[],
): Map<string, { previous?: Event; next?: Event }> {
  return new Map(
    events.map((event, position) => {
      const previous = events[position - 1];
      const next = events[position + 1];
      return [event.id, { ...(previous && { previous }), ...(next && { next }) }];
    }),
  );
}

/** First index in `list` (in timeline order) whose position is at least `position`. */
function lowerBound<Event extends Chronological>(
  list: readonly Event[],
  position: number,
  positionOf: ReadonlyMap<string, number>,
): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((positionOf.get(list[middle]?.id ?? '') ?? 0) < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Events sharing the most actors and places with `event`, ties broken by closeness in time.
 * Only the `window` events on each side of it in each actor's and place's list are candidates,
 * so the cost stays flat however many events a frequent actor has.
 */
export function relatedEvents<Event extends LinkedEvent>(
  event: Event,
  byActor: ReadonlyMap<string, readonly Event[]>,
  byPlace: ReadonlyMap<string, readonly Event[]>,
  positionOf: ReadonlyMap<string, number>,
  limit = 5,
  window = 25,
): Event[] {
  const position = positionOf.get(event.id) ?? 0;
  // Each candidate's distance is looked up once, not in every comparison of the sort.
  const candidates = new Map<Event, { score: number; distance: number }>();
  const lists = [...actorIdsOf(event).map((id) => byActor.get(id)), ...placeIdsOf(event).map((id) => byPlace.get(id))];
  for (const list of lists) {
    if (!list) continue;
    const index = lowerBound(list, position, positionOf);
    const end = Math.min(list.length, index + window + 1);
    for (let at = Math.max(0, index - window); at < end; at += 1) {
      const other = list[at];
      if (!other || other.id === event.id) continue;
      const candidate = candidates.get(other);
      if (candidate) candidate.score += 1;
      else candidates.set(other, { score: 1, distance: Math.abs((positionOf.get(other.id) ?? 0) - position) });
    }
  }
  return [...candidates]
    .sort(([, a], [, b]) => b.score - a.score || a.distance - b.distance)
    .slice(0, limit)
    .map(([other]) => other);
}
