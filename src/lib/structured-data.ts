/** schema.org JSON-LD for event, actor and place pages. */
import type { ActorData, EventData, PlaceData } from './content-schemas';
import { toInstant } from './event-date';

type Linked<Data> = Data & { url: string };

function wikidataUrl(id: string | undefined): string[] {
  return id ? [`https://www.wikidata.org/wiki/${id}`] : [];
}

export function actorJsonLd(actor: Linked<ActorData>): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': actor.kind === 'person' ? 'Person' : 'Organization',
    name: actor.name,
    url: actor.url,
    ...(actor.aliases.length > 0 && { alternateName: actor.aliases }),
    ...(actor.role && { [actor.kind === 'person' ? 'jobTitle' : 'description']: actor.role }),
    sameAs: wikidataUrl(actor.wikidata),
  };
}

export function placeJsonLd(place: Linked<PlaceData>): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': place.kind === 'country' ? 'Country' : 'Place',
    name: place.name,
    url: place.url,
    ...(place.aliases.length > 0 && { alternateName: place.aliases }),
    ...(place.coordinates && {
      geo: { '@type': 'GeoCoordinates', latitude: place.coordinates[0], longitude: place.coordinates[1] },
    }),
    sameAs: wikidataUrl(place.wikidata),
  };
}

interface EventJsonLdInput {
  event: { data: Pick<EventData, 'title' | 'summary' | 'date' | 'tags' | 'sources' | 'updated' | 'corrections'> };
  url: string;
  actors: Linked<ActorData>[];
  places: Linked<PlaceData>[];
  /** BCP 47 language of the article's text: the entry's own `lang`, else the site's. */
  inLanguage: string;
}

/** A compact reference to an actor or place inside an article: type, name, page and Wikidata. */
function entityReference(type: string, entity: Linked<{ name: string; wikidata?: string | undefined }>) {
  return { '@type': type, name: entity.name, url: entity.url, sameAs: wikidataUrl(entity.wikidata) };
}

/** The latest of `updated` and the corrections' dates: when the account last changed. */
function lastChange(data: Pick<EventData, 'updated' | 'corrections'>): Date | undefined {
  const days = [data.updated, ...data.corrections.map(({ date }) => date)].flatMap((date) =>
    date ? [toInstant(date)] : [],
  );
  return days.length > 0 ? new Date(Math.max(...days.map((day) => day.getTime()))) : undefined;
}

/** A `NewsArticle` about the event's actors, mentioning its places. */
export function eventJsonLd({ event, url, actors, places, inLanguage }: EventJsonLdInput): Record<string, unknown> {
  const { data } = event;
  const modified = lastChange(data);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.title,
    inLanguage,
    description: data.summary,
    url,
    mainEntityOfPage: url,
    datePublished: toInstant(data.date).toISOString(),
    ...(modified && { dateModified: modified.toISOString() }),
    keywords: data.tags,
    about: actors.map((actor) => entityReference(actor.kind === 'person' ? 'Person' : 'Organization', actor)),
    mentions: places.map((place) => entityReference(place.kind === 'country' ? 'Country' : 'Place', place)),
    citation: data.sources.map((source) => ({
      '@type': 'CreativeWork',
      publisher: { '@type': 'Organization', name: source.publisher },
      ...(source.title && { name: source.title }),
      ...(source.url && { url: source.url }),
    })),
  };
}
