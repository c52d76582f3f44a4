/**
 * Map frames for build-time SVG maps: a d3-geo projection fitted to the places shown plus a margin,
 * north up, and the land, borders and country outlines drawn in it as short SVG paths (simplified
 * to the pixel and rounded with `geoPath().digits()`).
 */
import {
  geoBounds,
  geoCircle,
  geoDistance,
  geoPath,
  geoProjection,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoRawProjection,
  type GeoStream,
} from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { worldAtlas, type AtlasResolution } from './world-atlas';

/** `[longitude, latitude]`, GeoJSON order. */
export type LonLat = readonly [number, number];

export interface MapFrame {
  /** Size of the SVG's viewBox. */
  width: number;
  height: number;
  projection: GeoProjection;
  /** The atlas detail this frame needs: 1:50 million only for a large map of a region. */
  resolution: AtlasResolution;
}

export interface FrameOptions {
  width: number;
  /** Pixels kept free around the places, at least the largest mark's radius. */
  margin: number;
  /** Degrees of context around each place, so that a single place shows its surroundings. */
  context?: number;
}

/** Places spread over more longitude than this (antimeridian-aware) get a map of the whole world. */
const WHOLE_WORLD_DEGREES = 300;
/** The standard parallel stays where east–west distances are still worth showing. */
const MAX_STANDARD_PARALLEL = 60;
/** A frame narrower than this, drawn large, gets the 1:50 million coastlines. */
const DETAILED_SPAN_DEGREES = 30;
const DETAILED_MIN_WIDTH = 600;
const ASPECT_LIMITS = [0.45, 0.85] as const;

/** How far east–west the places spread (across the antimeridian if shorter) and their middle meridian. */
function spanOf(points: readonly LonLat[]) {
  const [[west], [east]] = geoBounds({ type: 'MultiPoint', coordinates: points.map((p) => [...p]) });
  const longitudeSpan = east >= west ? east - west : east + 360 - west;
  const centre = normaliseLongitude(west + longitudeSpan / 2);
  return { longitudeSpan, centre };
}

function normaliseLongitude(longitude: number): number {
  return ((((longitude + 180) % 360) + 360) % 360) - 180;
}

/**
 * Equidistant cylindrical with a standard parallel: x grows with longitude and y with latitude
 * alone, so every pair of places keeps its real east–west and north–south order on the map, north
 * is up everywhere, and the poles stay finite; east–west distances are true on the parallel.
 */
function equirectangular(standardParallel: number): GeoProjection {
  const scaleX = Math.cos((standardParallel * Math.PI) / 180);
  const raw: GeoRawProjection = (lambda, phi) => [lambda * scaleX, phi];
  raw.invert = (x, y) => [x / scaleX, y];
  return geoProjection(raw);
}

/**
 * A projection that fits the places plus `context` degrees around each and `margin` pixels,
 * rotated to their middle meridian so places on both sides of the antimeridian sit together; with
 * no places, or places all round the globe, the whole world.
 */
export function fitMapFrame(points: readonly LonLat[], { width, margin, context = 4 }: FrameOptions): MapFrame {
  const span = points.length > 0 ? spanOf(points) : undefined;
  // The median latitude: where most places are, shapes keep their proportions.
  const latitudes = points.map(([, latitude]) => latitude).sort((a, b) => a - b);
  const median = latitudes[Math.floor(latitudes.length / 2)] ?? 0;
  const parallel = Math.max(-MAX_STANDARD_PARALLEL, Math.min(MAX_STANDARD_PARALLEL, median));
  const projection = equirectangular(parallel).rotate([-(span?.centre ?? 0), 0]);
  const fitted: GeoPermissibleObjects =
    !span || span.longitudeSpan > WHOLE_WORLD_DEGREES
      ? { type: 'Sphere' }
      : {
          type: 'GeometryCollection',
          geometries: points.map((point) =>
            geoCircle()
              .center([...point])
              .radius(context)(),
          ),
        };
  projection.fitWidth(width - 2 * margin, fitted);
  const [[, top], [, bottom]] = geoPath(projection).bounds(fitted);
  const height = Math.round(
    Math.min(Math.max(bottom - top + 2 * margin, width * ASPECT_LIMITS[0]), width * ASPECT_LIMITS[1]),
  );
  projection.fitExtent(
    [
      [margin, margin],
      [width - margin, height - margin],
    ],
    fitted,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const spanDegrees = (width / projection.scale()) * (180 / Math.PI);
  const detailed = width >= DETAILED_MIN_WIDTH && spanDegrees < DETAILED_SPAN_DEGREES;
  return { width, height, projection, resolution: detailed ? '50m' : '110m' };
}

const EARTH_RADIUS_KM = 6371.0088;

/**
 * The indexes of the points within `radiusKm` of the point that has the most such neighbours (it
 * comes first; ties go to the earlier point): where a map of all the points is most crowded.
 */
export function densestCluster(points: readonly LonLat[], radiusKm: number): number[] {
  if (points.length === 0) return [];
  const radius = radiusKm / EARTH_RADIUS_KM;
  const neighbours = points.map((point) =>
    points.flatMap((other, index) => (geoDistance([...point], [...other]) <= radius ? [index] : [])),
  );
  let centre = 0;
  neighbours.forEach((list, index) => {
    if (list.length > (neighbours[centre]?.length ?? 0)) centre = index;
  });
  return [centre, ...(neighbours[centre] ?? []).filter((index) => index !== centre)];
}

/** A point's position in the frame, to a tenth of a unit; undefined when it falls outside. */
export function projectPoint({ projection, width, height }: MapFrame, point: LonLat): [number, number] | undefined {
  const projected = projection([...point]);
  if (!projected) return undefined;
  const [x, y] = projected.map((value) => Math.round(value * 10) / 10) as [number, number];
  return x >= 0 && x <= width && y >= 0 && y <= height ? [x, y] : undefined;
}

/**
 * A stream filter that simplifies each projected line or ring (Douglas–Peucker, `tolerance` in
 * pixels) and drops rings smaller than `minimumSize` pixels both ways: detail the size cannot show.
 */
export function simplifyStream(tolerance: number, minimumSize: number) {
  return (sink: GeoStream): GeoStream => {
    let line: [number, number][] | undefined;
    let inPolygon = false;
    const emit = (points: [number, number][]) => {
      if (points.length === 0) return;
      if (inPolygon && !isVisible(points, minimumSize)) return;
      const kept = simplifyLine(points, tolerance);
      sink.lineStart();
      for (const [x, y] of kept) sink.point(x, y);
      sink.lineEnd();
    };
    return {
      point(x, y) {
        if (line) line.push([x, y]);
        else sink.point(x, y);
      },
      lineStart() {
        line = [];
      },
      lineEnd() {
        const points = line ?? [];
        line = undefined;
        emit(points);
      },
      polygonStart() {
        inPolygon = true;
        sink.polygonStart();
      },
      polygonEnd() {
        inPolygon = false;
        sink.polygonEnd();
      },
      sphere() {
        sink.sphere?.();
      },
    };
  };
}

function isVisible(points: readonly [number, number][], minimumSize: number): boolean {
  const xs = points.map(([x]) => x);
  const ys = points.map(([, y]) => y);
  return Math.max(...xs) - Math.min(...xs) >= minimumSize || Math.max(...ys) - Math.min(...ys) >= minimumSize;
}

/** Douglas–Peucker: keeps the points that stray more than `tolerance` from the simplified line. */
export function simplifyLine(points: readonly [number, number][], tolerance: number): [number, number][] {
  if (points.length < 3) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  const limit = tolerance * tolerance;
  while (stack.length > 0) {
    const [first, last] = stack.pop() ?? [0, 0];
    let farthest = -1;
    let farthestDistance = limit;
    for (let index = first + 1; index < last; index += 1) {
      const distance = squaredDistanceToSegment(points[index], points[first], points[last]);
      if (distance > farthestDistance) [farthest, farthestDistance] = [index, distance];
    }
    if (farthest < 0) continue;
    keep[farthest] = 1;
    stack.push([first, farthest], [farthest, last]);
  }
  return points.filter((_, index) => keep[index] === 1);
}

function squaredDistanceToSegment(
  [px, py]: readonly [number, number] = [0, 0],
  [ax, ay]: readonly [number, number] = [0, 0],
  [bx, by]: readonly [number, number] = [0, 0],
): number {
  const [dx, dy] = [bx - ax, by - ay];
  const lengthSquared = dx * dx + dy * dy;
  const along = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / lengthSquared));
  return (ax + along * dx - px) ** 2 + (ay + along * dy - py) ** 2;
}

/** Simplification that a map of this frame's size can show. */
const SIMPLIFY = { tolerance: 1, minimumSize: 2 };

/** An SVG path of any geography in the frame, simplified and rounded to whole units. */
export function pathIn(
  frame: MapFrame,
  object: GeoPermissibleObjects | Feature | FeatureCollection | Geometry,
): string {
  const filter = simplifyStream(SIMPLIFY.tolerance, SIMPLIFY.minimumSize);
  const projection = { stream: (sink: GeoStream) => frame.projection.stream(filter(sink)) };
  return geoPath(projection).digits(0)(object as GeoPermissibleObjects) ?? '';
}

export interface BaseMap {
  /** Land, filled. */
  land: string;
  /** Borders between countries, as one stroked path. */
  borders: string;
}

/** Land and borders of the frame, from the atlas at the frame's resolution. */
export function baseMapOf(frame: MapFrame): BaseMap {
  const atlas = worldAtlas(frame.resolution);
  return { land: pathIn(frame, atlas.land), borders: pathIn(frame, atlas.borders) };
}

/** A country's outline in the frame (empty when the atlas has no shape for the code). */
export function countryOutlineOf(frame: MapFrame, alpha2: string): string {
  const shapes = worldAtlas(frame.resolution).country(alpha2);
  return shapes.length > 0 ? pathIn(frame, { type: 'FeatureCollection', features: [...shapes] }) : '';
}

/**
 * Radius of a mark whose area is proportional to `count`, the largest count getting `maxRadius`;
 * no mark is smaller than `minRadius` (a place without events yet, or one among very busy places).
 */
export function markRadius(count: number, maxCount: number, maxRadius: number, minRadius = 1.5): number {
  const proportional = maxCount > 0 ? maxRadius * Math.sqrt(Math.max(count, 0) / maxCount) : 0;
  return Math.round(Math.max(proportional, minRadius) * 100) / 100;
}
