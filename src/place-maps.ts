/**
 * The maps of the site's pages, from the catalog. Frames and base maps are computed once per build
 * and shared: place and actor pages draw on the frame of the busiest area when all their places fit
 * in it, on the archive's otherwise; event pages on their first place's locator frame, or the
 * archive's small one. Only the marks differ from page to page; each base map is a file
 * (src/pages/maps/[file].ts) named by its content, so browsers may keep it for good.
 */
import { createHash } from 'node:crypto';
import { getCatalog, type Catalog, type Place, type TimelineEvent } from './catalog';
import { messages } from './i18n';
import { countBy, placeIdsOf } from './lib/event-indexes';
import {
  baseMapOf,
  countryOutlineOf,
  densestCluster,
  fitMapFrame,
  markRadius,
  projectPoint,
  type MapFrame,
} from './lib/map-projection';
import { fadedDotsOf, lonLatOf, marksOf, renderBaseMapSvg, type MapPlace, type PlaceMapView } from './lib/place-map';
import { paths } from './paths';

/** The maps of the place index, place and actor pages: the width of the text column. */
const LARGE = { width: 720, margin: 24, maxRadius: 18 };
/** The event page's map: small, light, a locator. */
const SMALL = { width: 320, margin: 12, markRadius: 5, context: 6 };
const CURRENT_PLACE_RADIUS = 7;
/** The index's detail map shows the places within this distance of the most crowded one. */
const DETAIL_RADIUS_KM = 1200;
/** A detail map is worth it when it is at least this many times larger in scale than the whole. */
const DETAIL_MIN_ZOOM = 2;

type Placed = Place & { data: { coordinates: [number, number] } };

export interface PlaceMaps {
  /** Every place with coordinates, sized by its number of events. */
  index: PlaceMapView;
  /** The most crowded area of the index map, larger, and the name of the place at its heart. */
  indexDetail: (PlaceMapView & { around: string }) | undefined;
  /** The place among the archive's other places, faded; a country's outline highlighted. */
  place: (place: Place) => PlaceMapView | undefined;
  /** Where an actor's events happened, sized by how many. */
  actor: (events: readonly TimelineEvent[]) => PlaceMapView | undefined;
  /** A locator of the event's places. */
  event: (event: TimelineEvent) => PlaceMapView | undefined;
  /** Every base map file the pages' maps use. */
  baseMapFiles: () => BaseMapFile[];
}

export interface BaseMapFile {
  /** File name, under `maps/`. */
  file: string;
  svg: string;
}

interface SharedFrame {
  frame: MapFrame;
  /** URL of its base map file. */
  base: string;
  file: BaseMapFile;
}

/** `name` says what the frame shows; the file name adds a hash of its content. */
function sharedFrame(frame: MapFrame, name: string): SharedFrame {
  const svg = renderBaseMapSvg(frame, baseMapOf(frame));
  const file = `${name}.${createHash('sha256').update(svg).digest('hex').slice(0, 10)}.svg`;
  return { frame, base: paths.baseMap(file), file: { file, svg } };
}

/** A value computed on first use, then kept. */
function once<Value>(compute: () => Value): () => Value {
  let value: Value | undefined;
  return () => (value ??= compute());
}

/** Values computed on first use of each key, then kept. */
function cachedBy<Key, Value>(compute: (key: Key) => Value): (key: Key) => Value {
  const cache = new Map<Key, Value>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key) as Value;
  };
}

function createPlaceMaps(catalog: Catalog): PlaceMaps {
  const placed = [...catalog.places.values()].filter((place): place is Placed => place.data.coordinates !== undefined);
  const placedById = new Map(placed.map((place) => [place.id, place]));
  const coordinatesOf = placed.map(({ data }) => lonLatOf(data.coordinates));
  // Built on first use: a build of one page type does not pay for the others' frames.
  const archive = once(() => sharedFrame(fitMapFrame(coordinatesOf, LARGE), 'all-places'));
  const archiveSmall = once(() => sharedFrame(fitMapFrame(coordinatesOf, SMALL), 'all-places-small'));
  const locator = cachedBy((place: Placed) =>
    sharedFrame(fitMapFrame([lonLatOf(place.data.coordinates)], SMALL), `around-${place.id}`),
  );
  const placesOf = (event: TimelineEvent) => event.data.places.flatMap(({ id }) => placedById.get(id) ?? []);
  // Where the places crowd (this edition: Ukraine and its neighbours), a shared frame of its own.
  const detail = once(() => {
    const members = densestCluster(coordinatesOf, DETAIL_RADIUS_KM);
    const [centre] = members;
    if (centre === undefined || members.length < 3 || members.length === placed.length) return undefined;
    const frame = fitMapFrame(
      members.flatMap((index) => coordinatesOf.slice(index, index + 1)),
      LARGE,
    );
    if (frame.projection.scale() < DETAIL_MIN_ZOOM * archive().frame.projection.scale()) return undefined;
    return { ...sharedFrame(frame, 'busiest-area'), around: placed[centre]?.data.name ?? '' };
  });
  /** The detail frame when it shows all of these places, otherwise the archive's. */
  const frameFor = (places: readonly Placed[]): SharedFrame => {
    const zoomed = detail();
    const fits = (frame: MapFrame) =>
      places.every(({ data }) => projectPoint(frame, lonLatOf(data.coordinates)) !== undefined);
    return zoomed && places.length > 0 && fits(zoomed.frame) ? zoomed : archive();
  };
  const outlines = cachedBy((frame: MapFrame) => cachedBy((country: string) => countryOutlineOf(frame, country)));
  const totalOf = (id: string) => catalog.eventsByPlace.get(id)?.length ?? 0;
  const mapPlace = (place: Placed, count: number): MapPlace => ({
    id: place.id,
    href: paths.place(place.id),
    label: messages.count('map.mark', count, { name: place.data.name }),
    coordinates: place.data.coordinates,
    count,
  });
  const sized = (places: readonly MapPlace[]) => {
    const largest = Math.max(0, ...places.map(({ count }) => count));
    return (place: MapPlace) => markRadius(place.count, largest, LARGE.maxRadius);
  };

  const indexPlaces = placed.map((place) => mapPlace(place, totalOf(place.id)));
  const index = once((): PlaceMapView => ({
    ...archive(),
    marks: marksOf(archive().frame, indexPlaces, sized(indexPlaces)),
  }));
  // Marks keep the index map's sizes, so a circle means the same on both.
  const indexDetail = once(() => {
    const zoomed = detail();
    return zoomed && { ...zoomed, marks: marksOf(zoomed.frame, indexPlaces, sized(indexPlaces)) };
  });

  return {
    get index() {
      return index();
    },
    get indexDetail() {
      return indexDetail();
    },
    place: (place) => {
      const own = placed.filter(({ id }) => id === place.id);
      const { frame, base } = frameFor(own);
      const country = place.data.kind === 'country' ? place.data.country : undefined;
      const highlight = country ? outlines(frame)(country) : undefined;
      if (!place.data.coordinates && !highlight) return undefined;
      const self = own.map((mine) => mapPlace(mine, totalOf(mine.id)));
      const others = placed.filter(({ id }) => id !== place.id).map(({ data }) => data.coordinates);
      return {
        frame,
        base,
        highlight,
        faded: fadedDotsOf(frame, others),
        marks: marksOf(frame, self, () => CURRENT_PLACE_RADIUS, place.id),
      };
    },
    actor: (events) => {
      const counts = new Map(countBy(events, placeIdsOf).map(({ id, count }) => [id, count]));
      const places = placed.flatMap((place) => {
        const count = counts.get(place.id);
        return count ? [mapPlace(place, count)] : [];
      });
      if (places.length === 0) return undefined;
      const { frame, base } = frameFor(placed.filter(({ id }) => counts.has(id)));
      return { frame, base, marks: marksOf(frame, places, sized(places)) };
    },
    event: (event) => {
      const places = placesOf(event);
      const [first] = places;
      if (!first) return undefined;
      const mapped = places.map((place) => mapPlace(place, totalOf(place.id)));
      const local = locator(first);
      const radius = () => SMALL.markRadius;
      const localMarks = marksOf(local.frame, mapped, radius);
      if (localMarks.length === mapped.length) return { ...local, marks: localMarks };
      const { frame, base } = archiveSmall();
      return { frame, base, marks: marksOf(frame, mapped, radius) };
    },
    baseMapFiles: () => {
      if (placed.length === 0) return [];
      const firstPlaces = new Set(catalog.events.flatMap((event) => placesOf(event).slice(0, 1)));
      const frames = [archive(), archiveSmall(), detail(), ...[...firstPlaces].map(locator)];
      return [...new Map(frames.flatMap((shared) => (shared ? [[shared.file.file, shared.file]] : []))).values()];
    },
  };
}

let cached: Promise<PlaceMaps> | undefined;

/** The maps, prepared once per build; the dev server prepares them again so edits show up. */
export function getPlaceMaps(): Promise<PlaceMaps> {
  const prepare = async () => createPlaceMaps(await getCatalog());
  if (import.meta.env.DEV) return prepare();
  return (cached ??= prepare());
}
