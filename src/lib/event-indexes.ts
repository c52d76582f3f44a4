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

/**
 * Timeline positions of a list's events, worked out once per list and order: every event page of
 * a frequent actor searches the same list.
 */
const positionsOfLists = new WeakMap<ReadonlyMap<string, number>, WeakMap<readonly Chronological[], Int32Array>>();

function positionsIn(list: readonly Chronological[], positionOf: ReadonlyMap<string, number>): Int32Array {
  const byList = positionsOfLists.get(positionOf) ?? new WeakMap<readonly Chronological[], Int32Array>();
  positionsOfLists.set(positionOf, byList);
  let positions = byList.get(list);
  if (!positions) {
    positions = Int32Array.from(list, ({ id }) => positionOf.get(id) ?? 0);
    byList.set(list, positions);
  }
  return positions;
}

/** First index in `positions` (ascending) whose value is at least `position`. */
function lowerBound(positions: Int32Array, position: number): number {
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((positions[middle] ?? 0) < position) low = middle + 1;
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
  // Keyed by timeline position, which is unique to an event.
  const candidates = new Map<number, { event: Event; score: number; distance: number }>();
  const lists = [...actorIdsOf(event).map((id) => byActor.get(id)), ...placeIdsOf(event).map((id) => byPlace.get(id))];
  for (const list of lists) {
    if (!list) continue;
    const positions = positionsIn(list, positionOf);
    const index = lowerBound(positions, position);
    const end = Math.min(list.length, index + window + 1);
    for (let at = Math.max(0, index - window); at < end; at += 1) {
      const other = list[at];
      const otherPosition = positions[at] ?? 0;
      if (!other || otherPosition === position) continue;
      const candidate = candidates.get(otherPosition);
      if (candidate) candidate.score += 1;
      else candidates.set(otherPosition, { event: other, score: 1, distance: Math.abs(otherPosition - position) });
    }
  }
  return [...candidates.values()]
    .sort((a, b) => b.score - a.score || a.distance - b.distance)
    .slice(0, limit)
    .map((candidate) => candidate.event);
}
