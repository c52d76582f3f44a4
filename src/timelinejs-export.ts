/**
 * The TimelineJS exports: `/timeline.json` (whole timeline, or one actor's, place's or topic's
 * events) and `/events.csv`, shaped here from the catalog and formatted by the pure modules in
 * src/lib/ so routes stay one call.
 */
import type { APIRoute } from 'astro';
import { getCatalog, type Catalog, type Era, type TimelineEvent } from './catalog';
import { messages } from './i18n';
import {
  toTimelineFile,
  toTimelineSlide,
  type ExportEvent,
  type ExportInput,
  type ExportLabels,
  type TimelineSlide,
} from './lib/timelinejs';
import { toEventsCsv, type SheetEvent } from './lib/timelinejs-sheet';
import { paths } from './paths';
import { SITE } from './site-config';

type SheetInput = Omit<ExportInput, 'events'> & { events: SheetEvent[] };

function siteOrigin(site: URL | undefined): URL {
  if (!site) throw new Error('Exported links must be absolute: set `site` in astro.config.mjs (the SITE variable).');
  return site;
}

// An event is in the whole timeline and in the lists of its actors, places and topics: it is
// shaped and made into a slide once per build, not once per list.
const exported = new WeakMap<TimelineEvent, SheetEvent>();
const slides = new WeakMap<ExportEvent, TimelineSlide>();

function exportEvent(event: TimelineEvent, site: URL): SheetEvent {
  let shaped = exported.get(event);
  if (!shaped) {
    shaped = shapeEvent(event, site);
    exported.set(event, shaped);
  }
  return shaped;
}

function shapeEvent({ id, data }: TimelineEvent, site: URL): SheetEvent {
  return {
    id,
    url: new URL(paths.event(id), site).href,
    title: data.title,
    date: data.date,
    end: data.end,
    approximate: data.approximate,
    summary: data.summary,
    tags: data.tags,
    sources: data.sources,
    media: data.media,
    actors: data.actors.map((actor) => actor.id),
    places: data.places.map((place) => place.id),
  };
}

/** The eras of a list: every era for the whole timeline, those its events belong to for an actor, place or topic. */
function erasOfList(catalog: Catalog, events: readonly TimelineEvent[]): Era[] {
  if (events === catalog.events) return catalog.eras;
  const ids = new Set(events.flatMap((event) => catalog.erasOf(event).map((era) => era.id)));
  return catalog.eras.filter((era) => ids.has(era.id));
}

async function exportInput(
  events: readonly TimelineEvent[],
  site: URL | undefined,
  title: string,
): Promise<SheetInput> {
  const origin = siteOrigin(site);
  const labels: ExportLabels = {
    fullAccount: messages.t('export.fullAccount', { site: SITE.shortTitle }),
    sources: messages.t('export.sources'),
    dates: messages.dates,
  };
  return {
    title: { headline: title, text: SITE.description },
    events: events.map((event) => exportEvent(event, origin)),
    eras: erasOfList(await getCatalog(), events).map(({ data }) => data),
    labels,
  };
}

/** A TimelineJS 3 JSON file of `events`, its title slide named `title`. */
export async function timelineJsonResponse(
  events: readonly TimelineEvent[],
  site: URL | undefined,
  title: string = SITE.title,
) {
  const input = await exportInput(events, site, title);
  const slideOf = (event: ExportEvent) => {
    let slide = slides.get(event);
    if (!slide) {
      slide = toTimelineSlide(event, input.labels);
      slides.set(event, slide);
    }
    return slide;
  };
  return new Response(JSON.stringify(toTimelineFile(input, slideOf)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export async function eventsCsvResponse(events: readonly TimelineEvent[], site: URL | undefined) {
  return new Response(toEventsCsv(await exportInput(events, site, SITE.title)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
}

type ListKind = 'actors' | 'places' | 'tags';

interface ListTimeline {
  events: readonly TimelineEvent[];
  title: string;
}

/** Static paths of `/<kind>/<id>/timeline.json`: one actor's, place's or topic's events. */
export async function listTimelinePaths(kind: ListKind) {
  const catalog = await getCatalog();
  const lists = {
    actors: () =>
      [...catalog.actors.values()].map(({ id, data }) => ({
        id,
        name: data.name,
        events: catalog.eventsByActor.get(id),
      })),
    places: () =>
      [...catalog.places.values()].map(({ id, data }) => ({
        id,
        name: data.name,
        events: catalog.eventsByPlace.get(id),
      })),
    tags: () => catalog.tags.map((tag) => ({ id: tag, name: tag, events: catalog.eventsByTag.get(tag) })),
  }[kind]();
  return lists.map(({ id, name, events = [] }) => ({
    params: kind === 'tags' ? { tag: id } : { id },
    props: { events, title: `${name} · ${SITE.shortTitle}` } satisfies ListTimeline,
  }));
}

export const listTimelineJson: APIRoute<ListTimeline> = ({ props, site }) =>
  timelineJsonResponse(props.events, site, props.title);
