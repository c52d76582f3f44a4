import { describe, expect, it } from 'vitest';
import { actorSchema, placeSchema, rawEventSchema } from '../../src/lib/content-schemas';
import { actorJsonLd, eventJsonLd, placeJsonLd } from '../../src/lib/structured-data';

const macron = {
  ...actorSchema.parse({
    name: 'Emmanuel Macron',
    kind: 'person',
    role: 'President of France',
    country: 'FR',
    aliases: ['Macron'],
    wikidata: 'Q3052772',
  }),
  url: 'https://example.org/actors/emmanuel-macron/',
};
const nato = {
  ...actorSchema.parse({ name: 'NATO', kind: 'organization', role: 'Military alliance' }),
  url: 'https://example.org/actors/nato/',
};
const mariupol = {
  ...placeSchema.parse({ name: 'Mariupol', kind: 'city', coordinates: [47.0958, 37.5494], wikidata: 'Q156928' }),
  url: 'https://example.org/places/mariupol/',
};
const ukraine = {
  ...placeSchema.parse({ name: 'Ukraine', kind: 'country', aliases: ['Україна'] }),
  url: 'https://example.org/places/ukraine/',
};

function eventData(date: string, changes: Record<string, unknown> = {}) {
  return rawEventSchema.parse({
    ...changes,
    title: 'Macron and Putin speak by phone',
    date,
    summary: 'The two presidents spoke about Mariupol.',
    actors: ['emmanuel-macron', 'nato'],
    places: ['mariupol', 'ukraine'],
    tags: ['diplomacy', 'humanitarian-corridors'],
    sources: [
      { publisher: 'Reuters', title: 'Macron calls Putin', url: 'https://www.reuters.com/x' },
      { publisher: 'AFP' },
    ],
  });
}

describe('eventJsonLd dateModified', () => {
  const jsonLdOf = (changes: Record<string, unknown>) =>
    eventJsonLd({
      event: { data: eventData('2022-03-19', changes) },
      url: '/e/',
      actors: [],
      places: [],
      inLanguage: 'en',
    });

  it('is absent while the account has never changed', () => {
    expect(jsonLdOf({})).not.toHaveProperty('dateModified');
  });

  it('is the latest of `updated` and the corrections', () => {
    expect(jsonLdOf({ updated: '2022-03-20', corrections: [{ date: '2022-04-01', text: 'Fixed.' }] })).toMatchObject({
      dateModified: '2022-04-01T00:00:00.000Z',
    });
    expect(jsonLdOf({ updated: '2022-05-02', corrections: [{ date: '2022-04-01', text: 'Fixed.' }] })).toMatchObject({
      dateModified: '2022-05-02T00:00:00.000Z',
    });
  });
});

describe('eventJsonLd', () => {
  const url = 'https://example.org/events/2022-03-19-macron-putin-call/';
  const jsonLd = eventJsonLd({
    event: { data: eventData('2022-03-21T23:30+03:00') },
    url,
    actors: [macron, nato],
    places: [mariupol, ukraine],
    inLanguage: 'en',
  });

  it('describes the event as a NewsArticle with its headline, summary and URL', () => {
    expect(jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Macron and Putin speak by phone',
      description: 'The two presidents spoke about Mariupol.',
      url,
      mainEntityOfPage: url,
      keywords: ['diplomacy', 'humanitarian-corridors'],
      inLanguage: 'en',
    });
  });

  it('gives datePublished as the instant of the time written with its offset', () => {
    expect(jsonLd['datePublished']).toBe('2022-03-21T20:30:00.000Z');
  });

  it('gives datePublished of a day as that day in UTC, whatever the build machine zone', () => {
    const dayOnly = eventJsonLd({
      event: { data: eventData('2022-03-19') },
      url,
      actors: [],
      places: [],
      inLanguage: 'en',
    });
    expect(dayOnly['datePublished']).toBe('2022-03-19T00:00:00.000Z');
  });

  it("is about the event's actors and mentions its places, each by name, page and Wikidata item", () => {
    expect(jsonLd['about']).toEqual([
      {
        '@type': 'Person',
        name: 'Emmanuel Macron',
        url: 'https://example.org/actors/emmanuel-macron/',
        sameAs: ['https://www.wikidata.org/wiki/Q3052772'],
      },
      { '@type': 'Organization', name: 'NATO', url: 'https://example.org/actors/nato/', sameAs: [] },
    ]);
    expect(jsonLd['mentions']).toEqual([
      expect.objectContaining({ '@type': 'Place', name: mariupol.name, url: mariupol.url }),
      expect.objectContaining({ '@type': 'Country', name: ukraine.name, url: ukraine.url }),
    ]);
  });

  it('cites its sources as creative works', () => {
    expect(jsonLd['citation']).toEqual([
      {
        '@type': 'CreativeWork',
        publisher: { '@type': 'Organization', name: 'Reuters' },
        name: 'Macron calls Putin',
        url: 'https://www.reuters.com/x',
      },
      { '@type': 'CreativeWork', publisher: { '@type': 'Organization', name: 'AFP' } },
    ]);
  });

  it('survives JSON serialisation unchanged', () => {
    expect(JSON.parse(JSON.stringify(jsonLd))).toEqual(jsonLd);
  });
});

describe('placeJsonLd and actorJsonLd', () => {
  it('gives a place its coordinates and Wikidata link', () => {
    expect(placeJsonLd(mariupol)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Place',
      name: 'Mariupol',
      url: 'https://example.org/places/mariupol/',
      geo: { '@type': 'GeoCoordinates', latitude: 47.0958, longitude: 37.5494 },
      sameAs: ['https://www.wikidata.org/wiki/Q156928'],
    });
  });

  it('types a country as a Country with its other names', () => {
    expect(placeJsonLd(ukraine)).toMatchObject({ '@type': 'Country', alternateName: ['Україна'] });
  });

  it('types a state actor as an organization', () => {
    const russia = { ...actorSchema.parse({ name: 'Russia', kind: 'state' }), url: '/actors/russia/' };
    expect(actorJsonLd(russia)['@type']).toBe('Organization');
  });
});
