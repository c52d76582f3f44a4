/**
 * `/places.geojson`: every place with coordinates as a GeoJSON point (RFC 7946: `[longitude,
 * latitude]`, the reverse of content's order), so QGIS, Datawrapper or Leaflet open it as is.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PlaceData } from './content-schemas';

export interface PlaceProperties {
  id: string;
  name: string;
  kind: PlaceData['kind'];
  /** Absolute URL of the place's page. */
  url: string;
  /** Number of events at or about the place. */
  events: number;
}

export interface GeoJsonPlace {
  id: string;
  data: Pick<PlaceData, 'name' | 'kind' | 'coordinates'>;
  url: string;
  events: number;
}

export function placesGeoJson(places: Iterable<GeoJsonPlace>): FeatureCollection<Point, PlaceProperties> {
  const features: Feature<Point, PlaceProperties>[] = [];
  for (const { id, data, url, events } of places) {
    if (!data.coordinates) continue;
    const [latitude, longitude] = data.coordinates;
    features.push({
      type: 'Feature',
      id,
      geometry: { type: 'Point', coordinates: [longitude, latitude] },
      properties: { id, name: data.name, kind: data.kind, url, events },
    });
  }
  return { type: 'FeatureCollection', features };
}
