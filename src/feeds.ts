/** RSS feeds: newest events first, with names of actors and places and the tags as categories. */
import rss from '@astrojs/rss';
import type { Catalog, TimelineEvent } from './catalog';
import { messages } from './i18n';
import { toInstant } from './lib/event-date';
import { paths } from './paths';
import { SITE } from './site-config';

interface FeedOptions {
  title: string;
  description: string;
  /** Events in timeline order; the newest are taken. */
  events: readonly TimelineEvent[];
  catalog: Catalog;
  /** Astro's `site`; astro.config.mjs always sets one, from `SITE` or its default. */
  site: URL | undefined;
}

export function eventFeed({ title, description, events, catalog, site }: FeedOptions) {
  if (!site) throw new Error('RSS links must be absolute: set `site` in astro.config.mjs (the SITE variable).');
  const newest = events.slice(-SITE.feedSize).reverse();
  return rss({
    title,
    description,
    site: new URL(paths.home, site).href,
    trailingSlash: true,
    items: newest.map(({ id, data }) => ({
      title: data.title,
      link: new URL(paths.event(id), site).href,
      pubDate: toInstant(data.date),
      description: `${messages.dates.when(data)}: ${data.summary}`,
      categories: [
        ...data.actors.map(({ id: actorId }) => catalog.actors.get(actorId)?.data.name ?? actorId),
        ...data.places.map(({ id: placeId }) => catalog.places.get(placeId)?.data.name ?? placeId),
        ...data.tags,
      ],
    })),
    customData: `<language>${messages.lang}</language>`,
  });
}
