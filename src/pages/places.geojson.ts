import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog';
import { placesGeoJson } from '../lib/places-geojson';
import { paths } from '../paths';

/** Every place with coordinates as GeoJSON points, for GIS tools and web maps (documented in README). */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const places = [...catalog.places.values()].map(({ id, data }) => ({
    id,
    data,
    url: new URL(paths.place(id), site).href,
    events: catalog.eventsByPlace.get(id)?.length ?? 0,
  }));
  return new Response(JSON.stringify(placesGeoJson(places), null, 1), {
    headers: { 'Content-Type': 'application/geo+json; charset=utf-8' },
  });
};
