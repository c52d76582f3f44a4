/**
 * Does a place's `[latitude, longitude]` lie in or near its `country`? Decided against the
 * 1:50 million shapes of the world atlas (UN views of borders), with a tolerance measured as the
 * distance from the point to the country's outline.
 */
import { geoContains } from 'd3-geo';
import type { Position } from 'geojson';
import { readWorldAtlas, type WorldAtlas } from './world-atlas';

/**
 * How far outside its country's outline a place may lie. Covers coasts and islands at 1:50 million
 * (Snake Island lies 39 km off Ukraine's drawn coast), territory drawn on the other side of a
 * disputed line (the Golan Heights, 12 km from Syria's outline) and a central point given for a
 * sea or region; a wrong country or swapped numbers land hundreds of kilometres away or more.
 */
export const COUNTRY_TOLERANCE_KM = 75;

const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (Math.PI / 180) * EARTH_RADIUS_KM;

export type CountryCheck =
  { verdict: 'inside' | 'near' | 'unknown-country' } | { verdict: 'far'; distanceKm: number; swappedFits: boolean };

/**
 * Distance in km from a point to the nearest edge of the shapes, in an equirectangular plane around
 * the point: exact enough within the tolerance, and never smaller than the north–south gap.
 */
export function distanceToShapesKm(
  shapes: readonly { geometry: { type: string; coordinates: unknown } }[],
  [longitude, latitude]: readonly [number, number],
): number {
  const scaleX = Math.cos((latitude * Math.PI) / 180) * KM_PER_DEGREE;
  const toPlane = ([x = 0, y = 0]: Position): [number, number] => {
    const eastward = x - longitude;
    // Across the antimeridian the short way round counts.
    return [(eastward - 360 * Math.round(eastward / 360)) * scaleX, (y - latitude) * KM_PER_DEGREE];
  };
  let nearest = Infinity;
  for (const { geometry } of shapes) {
    const polygons = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates) as Position[][][];
    for (const ring of polygons.flat()) {
      for (let index = 1; index < ring.length; index += 1) {
        nearest = Math.min(nearest, distanceToSegment(toPlane(ring[index - 1] ?? []), toPlane(ring[index] ?? [])));
      }
    }
  }
  return nearest;
}

/** Distance from the origin to the segment a–b. */
function distanceToSegment([ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const [dx, dy] = [bx - ax, by - ay];
  const lengthSquared = dx * dx + dy * dy;
  const along = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + along * dx, ay + along * dy);
}

/**
 * A check of `[latitude, longitude]` against a country code, reading the atlas on first use and
 * holding it only as long as the check itself is kept (one validation run). A code the atlas has
 * no shape for (a valid ISO code such as `GI`, Gibraltar) cannot be checked: `unknown-country`.
 */
export function createCountryCheck(): (alpha2: string, coordinates: readonly [number, number]) => CountryCheck {
  let atlas: WorldAtlas | undefined;
  const shapesOf = (alpha2: string) => (atlas ??= readWorldAtlas('50m')).country(alpha2);
  const distanceToCountryKm = (alpha2: string, point: readonly [number, number]) => {
    const shapes = shapesOf(alpha2);
    if (shapes.some((shape) => geoContains(shape, [...point]))) return 0;
    return distanceToShapesKm(shapes, point);
  };
  return (alpha2, [latitude, longitude]) => {
    if (shapesOf(alpha2).length === 0) return { verdict: 'unknown-country' };
    const distanceKm = distanceToCountryKm(alpha2, [longitude, latitude]);
    if (distanceKm === 0) return { verdict: 'inside' };
    if (distanceKm <= COUNTRY_TOLERANCE_KM) return { verdict: 'near' };
    // Swapped, the longitude becomes a latitude: only possible within ±90°.
    const swappedFits =
      Math.abs(longitude) <= 90 && distanceToCountryKm(alpha2, [latitude, longitude]) <= COUNTRY_TOLERANCE_KM;
    return { verdict: 'far', distanceKm, swappedFits };
  };
}
