/**
 * The one query of the site: published events in timeline order, with every index pages need.
 * Built once per build; every route, feed and index reads from here.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { byChronology, dayAnchor } from './lib/chronology';
import { correctionsNewestFirst, type CorrectionEntry } from './lib/corrections';
import { byEraOrder, eraMembership } from './lib/era-membership';
import { renderEventCard } from './lib/event-card-html';
import {
  actorIdsOf,
  countActors,
  countBy,
  indexEventsBy,
  neighboursOf,
  placeIdsOf,
  relatedEvents,
  tagsOf,
} from './lib/event-indexes';
import { splitIntoPeriods, type PeriodPage } from './lib/period-pages';
import { keyEventsToMark } from './lib/time-axis';
import { entityPeriodPaths } from './lib/period-paths';
import { textLanguage } from './lib/text-language';
import { messages } from './i18n';
import { paths } from './paths';
import { SITE } from './site-config';

export type TimelineEvent = CollectionEntry<'events'>;
export type Actor = CollectionEntry<'actors'>;
export type Place = CollectionEntry<'places'>;
export type Era = CollectionEntry<'eras'>;

export interface Catalog {
  /** Published events in timeline order (drafts only in `astro dev`). */
  events: TimelineEvent[];
  actors: Map<string, Actor>;
  places: Map<string, Place>;
  eventsByActor: Map<string, TimelineEvent[]>;
  eventsByPlace: Map<string, TimelineEvent[]>;
  eventsByTag: Map<string, TimelineEvent[]>;
  /** Eras by start, then end, then title; empty when the content has no `eras/` folder. */
  eras: Era[];
  /** The published events of each era (their spans overlap), in timeline order. */
  eventsByEra: Map<string, TimelineEvent[]>;
  /** The eras an event belongs to, in era order; empty for an event outside every era. */
  erasOf: (event: TimelineEvent) => Era[];
  /** Eras by the id of their first published event, where the timeline marks that they begin. */
  eraOpenings: Map<string, Era[]>;
  /** Tags by number of events, then alphabetically. */
  tags: string[];
  neighbours: ReturnType<typeof neighboursOf<TimelineEvent>>;
  related: (event: TimelineEvent) => TimelineEvent[];
  /** HTML of the event's card in lists, built once per event. */
  cardHtml: (event: TimelineEvent) => string;
  /** Bytes of that HTML, to keep list pages small. */
  cardBytes: (event: TimelineEvent) => number;
  /** Every correction, newest first. */
  corrections: CorrectionEntry<TimelineEvent>[];
}

async function loadCatalog(): Promise<Catalog> {
  const events = (
    await getCollection('events', ({ data }) => import.meta.env.TIMELINE_SHOW_DRAFTS || !data.draft)
  ).sort(byChronology);
  const actors = new Map((await getCollection('actors')).map((actor) => [actor.id, actor]));
  const places = new Map((await getCollection('places')).map((place) => [place.id, place]));
  const eventsByActor = indexEventsBy(events, actorIdsOf);
  const eventsByPlace = indexEventsBy(events, placeIdsOf);
  const eventsByTag = indexEventsBy(events, tagsOf);
  const eras = (await getCollection('eras')).sort(byEraOrder);
  const { eventsByEra, erasByEvent } = eraMembership(eras, events);
  const positionOf = new Map(events.map((event, position) => [event.id, position]));
  const cards = new Map(events.map((event) => [event.id, cardHtmlOf(event, actors, places)]));
  const encoder = new TextEncoder();
  const cardBytes = new Map([...cards].map(([id, html]) => [id, encoder.encode(html).length]));
  const tags = countBy(events, tagsOf).map(({ id }) => id);
  return {
    events,
    actors,
    places,
    eventsByActor,
    eventsByPlace,
    eventsByTag,
    eras,
    eventsByEra,
    erasOf: (event) => erasByEvent.get(event.id) ?? [],
    eraOpenings: indexEventsBy(eras, (era) => {
      const first = eventsByEra.get(era.id)?.[0];
      return first ? [first.id] : [];
    }),
    tags,
    neighbours: neighboursOf(events),
    related: (event) => relatedEvents(event, eventsByActor, eventsByPlace, positionOf),
    cardHtml: (event) => cards.get(event.id) ?? '',
    cardBytes: (event) => cardBytes.get(event.id) ?? 0,
    corrections: correctionsNewestFirst(events),
  };
}

const cardLabels = { key: messages.t('event.key'), draft: messages.t('event.draft') };

function cardHtmlOf(event: TimelineEvent, actors: Map<string, Actor>, places: Map<string, Place>): string {
  const { data } = event;
  return renderEventCard(
    {
      id: event.id,
      href: paths.event(event.id),
      title: data.title,
      datetime: data.date.written,
      dateText: messages.dates.when(data, { withOffset: false }),
      summary: data.summary,
      tags: data.tags,
      isKey: data.importance === 3,
      isDraft: data.draft,
      actors: data.actors
        .flatMap(({ id }) => actors.get(id) ?? [])
        .map(({ id, data: actor }) => ({ href: paths.actor(id), name: actor.name })),
      places: data.places
        .flatMap(({ id }) => places.get(id) ?? [])
        .map(({ id, data: place }) => ({ href: paths.place(id), name: place.name })),
      text: textLanguage(data.lang, messages),
    },
    cardLabels,
  );
}

let cached: Promise<Catalog> | undefined;

/** The catalog, computed once per build; the dev server recomputes it so edits show up. */
export function getCatalog(): Promise<Catalog> {
  if (import.meta.env.DEV) return loadCatalog();
  return (cached ??= loadCatalog());
}

/**
 * A list's pages: one page while it is light enough, otherwise one per year or month;
 * `reservedBytes` is what the page carries besides its cards and its time axis (a map).
 */
export function periodPages(
  catalog: Catalog,
  events: readonly TimelineEvent[],
  reservedBytes = 0,
): PeriodPage<TimelineEvent>[] {
  return splitIntoPeriods(
    events,
    SITE.listPageBudgetBytes - SITE.timeAxisBudgetBytes - reservedBytes,
    { all: messages.t('period.all'), dates: messages.dates },
    (event) => catalog.cardBytes(event),
  );
}

/**
 * The pages of one actor's, place's or topic's events, each with the actors seen most often among
 * them (counted once per entity, not again on each of its pages); `exclude` leaves the actor out,
 * `reservedBytes` is what each page carries besides its cards (a map).
 */
export function entityPages(catalog: Catalog, events: readonly TimelineEvent[], exclude?: string, reservedBytes = 0) {
  const companions = countActors(events, exclude).slice(0, SITE.companionCount);
  return entityPeriodPaths(periodPages(catalog, events, reservedBytes)).map((path) => ({ ...path, companions }));
}

const listResolvers = new WeakMap<readonly PeriodPage<TimelineEvent>[], (event: TimelineEvent) => string>();

/**
 * Where an event is in a list: its period page with an anchor to its day. One function per list
 * (the first `hrefFor` given for `pages` is kept), so the time axis of a list is drawn once.
 */
export function eventInList(
  pages: readonly PeriodPage<TimelineEvent>[],
  hrefFor: (segments: readonly string[]) => string,
): (event: TimelineEvent) => string {
  let resolver = listResolvers.get(pages);
  if (!resolver) {
    const pageOf = new Map(pages.flatMap((page) => page.events.map((event) => [event.id, page.segments] as const)));
    resolver = (event) => `${hrefFor(pageOf.get(event.id) ?? [])}#${dayAnchor(event.data.date)}`;
    listResolvers.set(pages, resolver);
  }
  return resolver;
}

/** The key events a page's time axis marks: all of a list on one page, a few of a split list's page. */
export function axisKeyEvents(page: PeriodPage<TimelineEvent>, pages: readonly PeriodPage<TimelineEvent>[]) {
  return keyEventsToMark(page.events, pages.length > 1 ? SITE.axisKeyEventLimit : Infinity);
}
