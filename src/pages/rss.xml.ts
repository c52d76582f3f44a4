import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog';
import { eventFeed } from '../feeds';
import { SITE } from '../site-config';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  return eventFeed({
    title: SITE.title,
    description: SITE.description,
    events: catalog.events,
    catalog,
    site,
  });
};
