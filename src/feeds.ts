/** RSS feeds: newest events first, with names of actors and places and the tags as categories. */
import rss from '@astrojs/rss';
import type { Catalog, TimelineEvent } from './catalog';
import { messages } from './i18n';
import type { CorrectionEntry } from './lib/corrections';
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

function requireSite(site: URL | undefined): URL {
  if (!site) throw new Error('RSS links must be absolute: set `site` in astro.config.mjs (the SITE variable).');
  return site;
}

export function eventFeed({ title, description, events, catalog, site: configuredSite }: FeedOptions) {
  const site = requireSite(configuredSite);
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

/** Every correction, newest first; each item links to the corrected event. */
export function correctionFeed({
  corrections,
  site: configuredSite,
}: {
  corrections: readonly CorrectionEntry<TimelineEvent>[];
  site: URL | undefined;
}) {
  const site = requireSite(configuredSite);
  return rss({
    title: messages.t('corrections.feedTitle', { site: SITE.title }),
    description: messages.t('corrections.feedDescription', { site: SITE.title }),
    site: new URL(paths.page('corrections'), site).href,
    trailingSlash: true,
    items: corrections.map(({ event, correction }) => {
      const link = new URL(paths.event(event.id), site).href;
      return {
        title: messages.t('corrections.to', { title: event.data.title }),
        link,
        // Two corrections of one event share a link; the guid tells feed readers they differ.
        customData: `<guid isPermaLink="false">${link}#correction-${correction.date.written}-${String(event.data.corrections.indexOf(correction) + 1)}</guid>`,
        pubDate: toInstant(correction.date),
        description: correction.text,
      };
    }),
    customData: `<language>${messages.lang}</language>`,
  });
}
