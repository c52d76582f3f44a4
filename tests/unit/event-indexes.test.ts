import { describe, expect, it } from 'vitest';
import {
  actorIdsOf,
  countActors,
  indexEventsBy,
  neighboursOf,
  placeIdsOf,
  relatedEvents,
  tagsOf,
} from '../../src/lib/event-indexes';
import { event, ids } from './fixtures';

const timeline = [
  event('invasion', '2022-02-24', { actors: ['putin', 'zelenskyy'], places: ['kyiv', 'kharkiv'], tags: ['war'] }),
  event('call', '2022-03-03', { actors: ['macron', 'putin'], tags: ['diplomacy'] }),
  event('talks', '2022-03-10', { actors: ['lavrov', 'kuleba'], places: ['antalya'], tags: ['diplomacy', 'talks'] }),
  event('visit', '2022-04-08', { actors: ['zelenskyy', 'von-der-leyen'], places: ['kyiv', 'bucha'], tags: ['aid'] }),
  event('speech', '2022-05-09', { actors: ['putin'], places: ['moscow'], tags: ['war'] }),
  event('summit', '2022-06-23', { actors: ['von-der-leyen', 'zelenskyy', 'macron'], places: ['brussels'] }),
];

describe('indexEventsBy', () => {
  it("lists each actor's events in timeline order", () => {
    const byActor = indexEventsBy(timeline, actorIdsOf);
    expect(ids(byActor.get('putin') ?? [])).toEqual(['invasion', 'call', 'speech']);
    expect(ids(byActor.get('zelenskyy') ?? [])).toEqual(['invasion', 'visit', 'summit']);
    expect(byActor.has('nobody')).toBe(false);
  });

  it('indexes places and tags the same way', () => {
    expect(ids(indexEventsBy(timeline, placeIdsOf).get('kyiv') ?? [])).toEqual(['invasion', 'visit']);
    expect(ids(indexEventsBy(timeline, tagsOf).get('diplomacy') ?? [])).toEqual(['call', 'talks']);
  });

  it('lists an event once under a key even when the key is named twice', () => {
    const repeated = [event('twice', '2022-03-01', { tags: ['war', 'war'] })];
    expect(ids(indexEventsBy(repeated, tagsOf).get('war') ?? [])).toEqual(['twice']);
  });
});

describe('countActors', () => {
  it('counts how often each actor appears, most frequent first, ties by id', () => {
    expect(countActors(timeline)).toEqual([
      { id: 'putin', count: 3 },
      { id: 'zelenskyy', count: 3 },
      { id: 'macron', count: 2 },
      { id: 'von-der-leyen', count: 2 },
      { id: 'kuleba', count: 1 },
      { id: 'lavrov', count: 1 },
    ]);
  });

  it("leaves out the actor whose page it is, for an actor's most frequent co-actors", () => {
    const withZelenskyy = indexEventsBy(timeline, actorIdsOf).get('zelenskyy') ?? [];
    expect(countActors(withZelenskyy, 'zelenskyy')).toEqual([
      { id: 'von-der-leyen', count: 2 },
      { id: 'macron', count: 1 },
      { id: 'putin', count: 1 },
    ]);
  });
});

describe('neighboursOf', () => {
  it('gives each event the ones before and after it in timeline order', () => {
    const neighbours = neighboursOf(timeline);
    expect(neighbours.get('talks')?.previous?.id).toBe('call');
    expect(neighbours.get('talks')?.next?.id).toBe('visit');
  });

  it('gives the first event no previous one and the last no next one', () => {
    const neighbours = neighboursOf(timeline);
    expect(neighbours.get('invasion')).toEqual({ next: timeline[1] });
    expect(neighbours.get('summit')).toEqual({ previous: timeline[4] });
  });

  it('gives a lone event no neighbours', () => {
    const only = [event('only', '2022-01-01')];
    expect(neighboursOf(only).get('only')).toEqual({});
  });
});

describe('relatedEvents', () => {
  const byActor = indexEventsBy(timeline, actorIdsOf);
  const byPlace = indexEventsBy(timeline, placeIdsOf);
  const positionOf = new Map(timeline.map(({ id }, position) => [id, position]));
  const related = (id: string, limit?: number) => {
    const subject = timeline.find((candidate) => candidate.id === id);
    if (!subject) throw new Error(`no event ${id}`);
    return ids(relatedEvents(subject, byActor, byPlace, positionOf, limit));
  };

  it('ranks events sharing the most actors and places first, then the nearest in time', () => {
    // visit shares zelenskyy and kyiv with invasion (2), zelenskyy and von-der-leyen with summit (2);
    // summit is two places away from visit in the timeline, invasion three.
    expect(related('visit')).toEqual(['summit', 'invasion']);
  });

  it('measures closeness with the positions it is given, for the same lists', () => {
    const visit = timeline.find(({ id }) => id === 'visit');
    if (!visit) throw new Error('no event visit');
    expect(ids(relatedEvents(visit, byActor, byPlace, positionOf))).toEqual(['summit', 'invasion']);
    // Ten places from visit on both sides: a tie, kept in the order the candidates were met.
    const spaced = new Map(Object.entries({ invasion: 0, call: 1, talks: 2, visit: 10, speech: 11, summit: 20 }));
    expect(ids(relatedEvents(visit, byActor, byPlace, spaced))).toEqual(['invasion', 'summit']);
  });

  it('never lists the event itself, or events sharing nothing with it', () => {
    const list = related('invasion');
    expect(list).not.toContain('invasion');
    expect(list).not.toContain('talks');
    expect(list).toEqual(['visit', 'call', 'speech', 'summit']);
  });

  it('stops at the limit', () => {
    expect(related('invasion', 2)).toEqual(['visit', 'call']);
  });

  it('finds nothing for an event whose actors and places appear nowhere else', () => {
    expect(related('talks')).toEqual([]);
  });
});
