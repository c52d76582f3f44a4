import { describe, expect, it } from 'vitest';
import { placesGeoJson } from '../../src/lib/places-geojson';

const places = [
  {
    id: 'mariupol',
    data: { name: 'Mariupol', kind: 'city' as const, coordinates: [47.0951, 37.5413] as [number, number] },
    url: 'https://example.org/news/places/mariupol/',
    events: 11,
  },
  {
    id: 'new-york',
    data: { name: 'New York', kind: 'city' as const, coordinates: [40.7128, -74.006] as [number, number] },
    url: 'https://example.org/news/places/new-york/',
    events: 3,
  },
  {
    id: 'donbas-front',
    data: { name: 'Donbas front', kind: 'region' as const },
    url: 'https://example.org/x/',
    events: 1,
  },
];

describe('placesGeoJson', () => {
  const collection = JSON.parse(JSON.stringify(placesGeoJson(places))) as ReturnType<typeof placesGeoJson>;

  it('is a FeatureCollection with a point for every place that has coordinates, and only those', () => {
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.map(({ properties }) => properties.id)).toEqual(['mariupol', 'new-york']);
    for (const feature of collection.features) expect(feature.geometry.type).toBe('Point');
  });

  it('writes [longitude, latitude], the reverse of the content order', () => {
    expect(collection.features[0]?.geometry.coordinates).toEqual([37.5413, 47.0951]);
    expect(collection.features[1]?.geometry.coordinates).toEqual([-74.006, 40.7128]);
  });

  it('carries id, name, kind, the absolute url and the number of events', () => {
    expect(collection.features[0]?.properties).toEqual({
      id: 'mariupol',
      name: 'Mariupol',
      kind: 'city',
      url: 'https://example.org/news/places/mariupol/',
      events: 11,
    });
  });
});
