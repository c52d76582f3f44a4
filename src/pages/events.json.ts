import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog';
import { toPublicEvent } from '../lib/public-event';
import { paths } from '../paths';

/** Every published event in timeline order: a stable format documented in README. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const events = catalog.events.map((event) => toPublicEvent(event, new URL(paths.event(event.id), site).href));
  return new Response(JSON.stringify({ events }, null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
