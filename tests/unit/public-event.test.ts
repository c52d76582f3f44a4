import { describe, expect, it } from 'vitest';
import { rawEventSchema } from '../../src/lib/content-schemas';
import { toPublicEvent, type FeedEventInput } from '../../src/lib/public-event';

function feedEvent(id: string, frontmatter: Record<string, unknown>): FeedEventInput {
  const data = rawEventSchema.parse({
    title: 'Grain deal signed in Istanbul',
    summary: 'Ukraine and Russia signed parallel agreements to resume grain exports.',
    actors: ['ukraine', 'russia'],
    sources: [{ publisher: 'Reuters' }],
    ...frontmatter,
  });
  return {
    id,
    data: {
      ...data,
      actors: data.actors.map((actor) => ({ id: actor })),
      places: data.places.map((place) => ({ id: place })),
    },
  };
}

describe('toPublicEvent (one entry of /events.json)', () => {
  it('has every SPEC field, with the date as written and its precision', () => {
    const event = feedEvent('2022-07-22-grain-deal', {
      date: '2022-07-22T16:00+03:00',
      end: '2022-07-23',
      approximate: false,
      places: ['istanbul'],
      tags: ['grain', 'diplomacy'],
      importance: 3,
      sources: [
        { publisher: 'Reuters', title: 'Deal signed', url: 'https://www.reuters.com/grain', date: '2022-07-22' },
        { publisher: 'UN News' },
      ],
    });
    expect(toPublicEvent(event, 'https://example.org/events/2022-07-22-grain-deal/')).toEqual({
      id: '2022-07-22-grain-deal',
      url: 'https://example.org/events/2022-07-22-grain-deal/',
      title: 'Grain deal signed in Istanbul',
      date: '2022-07-22T16:00+03:00',
      precision: 'time',
      end: '2022-07-23',
      approximate: false,
      summary: 'Ukraine and Russia signed parallel agreements to resume grain exports.',
      actors: ['ukraine', 'russia'],
      places: ['istanbul'],
      tags: ['grain', 'diplomacy'],
      sources: [
        { publisher: 'Reuters', title: 'Deal signed', url: 'https://www.reuters.com/grain', date: '2022-07-22' },
        { publisher: 'UN News', title: null, url: null, date: null },
      ],
      importance: 3,
      updated: null,
      corrections: [],
    });
  });

  it('carries `updated` and the corrections, oldest first, with their dates as written', () => {
    const event = feedEvent('a', {
      date: '2022-07-22',
      updated: '2022-08-02',
      corrections: [
        { date: '2022-07-25', text: 'The deal was signed in Istanbul, not Ankara.' },
        { date: '2022-08-02', text: 'The term is 120 days.' },
      ],
    });
    expect(toPublicEvent(event, '/events/a/')).toMatchObject({
      updated: '2022-08-02',
      corrections: [
        { date: '2022-07-25', text: 'The deal was signed in Istanbul, not Ankara.' },
        { date: '2022-08-02', text: 'The term is 120 days.' },
      ],
    });
  });

  it('fills the defaults and uses null for a missing end, so every entry has the same keys', () => {
    const entry = toPublicEvent(feedEvent('a', { date: '2022-07' }), '/events/a/');
    expect(entry).toMatchObject({
      date: '2022-07',
      precision: 'month',
      end: null,
      approximate: false,
      places: [],
      tags: [],
      importance: 2,
    });
    expect(Object.keys(entry).sort()).toEqual(
      [
        'id',
        'url',
        'title',
        'date',
        'precision',
        'end',
        'approximate',
        'summary',
        'actors',
        'places',
        'tags',
        'sources',
        'importance',
        'updated',
        'corrections',
      ].sort(),
    );
  });

  it('gives an unquoted YAML date (a JS Date) and a bare year as written', () => {
    expect(toPublicEvent(feedEvent('a', { date: new Date(Date.UTC(2022, 6, 22)) }), '/events/a/')).toMatchObject({
      date: '2022-07-22',
      precision: 'day',
    });
    expect(toPublicEvent(feedEvent('b', { date: 1991 }), '/events/b/')).toMatchObject({
      date: '1991',
      precision: 'year',
    });
  });

  it('marks an approximate date', () => {
    expect(toPublicEvent(feedEvent('a', { date: '2022', approximate: true }), '/events/a/').approximate).toBe(true);
  });
});
