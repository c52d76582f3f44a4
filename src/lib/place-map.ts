/**
 * A map of places as inline SVG: the base map of its frame, a file of its own that every map on
 * that frame shares, then one link per place, `<a data-place-id>` around a `<circle>`.
 */
import { escapeHtml } from './event-card-html';
import { projectPoint, type BaseMap, type LonLat, type MapFrame } from './map-projection';

export interface MapPlace {
  id: string;
  href: string;
  /** Accessible name of its mark, e.g. "Mariupol, 11 events". */
  label: string;
  /** `[latitude, longitude]`, as content writes it. */
  coordinates: readonly [number, number];
  /** What the mark's area shows. */
  count: number;
}

export interface MapMark {
  id: string;
  href: string;
  label: string;
  cx: number;
  cy: number;
  r: number;
  /** The page's own place. */
  current: boolean;
}

export interface PlaceMapView {
  frame: MapFrame;
  /** URL of the frame's base map file (`renderBaseMapSvg`). */
  base: string;
  /** A country's outline, drawn highlighted. */
  highlight?: string | undefined;
  /** Other places, drawn faded and without links. */
  faded?: string | undefined;
  marks: MapMark[];
}

/** GeoJSON order from content order. */
export function lonLatOf([latitude, longitude]: readonly [number, number]): LonLat {
  return [longitude, latitude];
}

/**
 * Marks for the places that fall in the frame, largest first so small marks stay on top and
 * clickable; `radius` gives each its size.
 */
export function marksOf(
  frame: MapFrame,
  places: readonly MapPlace[],
  radius: (place: MapPlace) => number,
  currentId?: string,
): MapMark[] {
  return places
    .flatMap((place) => {
      const at = projectPoint(frame, lonLatOf(place.coordinates));
      if (!at) return [];
      const [cx, cy] = at;
      return [
        {
          id: place.id,
          href: place.href,
          label: place.label,
          cx,
          cy,
          r: radius(place),
          current: place.id === currentId,
        },
      ];
    })
    .sort((a, b) => b.r - a.r || a.label.localeCompare(b.label));
}

/** Dots for many places as one short path (round caps on zero-length lines): no link, no name. */
export function fadedDotsOf(frame: MapFrame, coordinates: readonly (readonly [number, number])[]): string {
  return coordinates
    .flatMap((point) => {
      const at = projectPoint(frame, lonLatOf(point));
      return at ? [`M${Math.round(at[0])} ${Math.round(at[1])}h0`] : [];
    })
    .join('');
}

/** Bytes a map adds to a page: its SVG and the list of its places in the caption. */
export function mapPageBytes(view: PlaceMapView): number {
  const captionBytesPerPlace = 120;
  return Buffer.byteLength(renderMapSvg(view, 'map-caption')) + view.marks.length * captionBytesPerPlace + 500;
}

/** The `<svg data-map>`; `labelledBy` is the id of the caption that names the map. */
export function renderMapSvg(view: PlaceMapView, labelledBy: string): string {
  const { frame, base, highlight, faded, marks } = view;
  const marksHtml = marks
    .map(
      ({ id, href, label, cx, cy, r, current }) =>
        `<a data-place-id="${escapeHtml(id)}" href="${escapeHtml(href)}"${current ? ' aria-current="page" class="current"' : ''}><title>${escapeHtml(label)}</title><circle cx="${cx}" cy="${cy}" r="${r}"/></a>`,
    )
    .join('');
  return [
    `<svg data-map viewBox="0 0 ${frame.width} ${frame.height}" class="map" role="group" aria-labelledby="${labelledBy}">`,
    `<rect class="map-water" width="${frame.width}" height="${frame.height}"/>`,
    `<use class="map-land" href="${escapeHtml(base)}#land"/>`,
    highlight ? `<path class="map-highlight" d="${highlight}"/>` : '',
    `<use class="map-borders" href="${escapeHtml(base)}#borders"/>`,
    faded ? `<path class="map-faded" d="${faded}"/>` : '',
    marksHtml,
    '</svg>',
  ].join('');
}

/**
 * A frame's land and borders as a file: the land and borders of a world or a region weigh tens of
 * kilobytes, the same on every page drawn on that frame, so pages `<use>` this file and the
 * browser loads it once. Its paths take their colours from the `<use>` elements, by inheritance,
 * so light and dark follow the page's stylesheet.
 */
export function renderBaseMapSvg(frame: MapFrame, base: BaseMap): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}">`,
    `<path id="land" d="${base.land}"/>`,
    `<path id="borders" fill="none" vector-effect="non-scaling-stroke" d="${base.borders}"/>`,
    '</svg>\n',
  ].join('');
}
