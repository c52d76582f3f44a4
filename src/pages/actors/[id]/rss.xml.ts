import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../catalog';
import { eventFeed } from '../../../feeds';
import { messages } from '../../../i18n';
import { SITE } from '../../../site-config';

export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  return [...catalog.actors.keys()].map((id) => ({ params: { id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const catalog = await getCatalog();
  const actor = catalog.actors.get(params.id ?? '');
  if (!actor) return new Response(null, { status: 404 });
  return eventFeed({
    title: `${actor.data.name} · ${SITE.shortTitle}`,
    description: messages.t('actor.feedDescription', { name: actor.data.name, site: SITE.title }),
    events: catalog.eventsByActor.get(actor.id) ?? [],
    catalog,
    site,
  });
};
