/** Embeds: what a frameable view of a list shows, and the `<iframe>` a host pastes to show it. */
import { escapeHtml } from './event-card-html';

/**
 * An embed shows at most this many events, the newest, in timeline order: a frame in an article is
 * about what happened lately, and the page stays small however long the list (a few hundred bytes
 * per card, so about 50 kB of cards). The rest is one "full timeline" link away.
 */
export const EMBED_EVENT_COUNT = 40;

/** Message type an embed posts to its parent window with its height, for hosts that size the frame. */
export const EMBED_HEIGHT_MESSAGE = 'news-timeline:height';

/** The newest `count` events of a list in timeline order, and how many the list has in all. */
export function newestEvents<Event>(
  eventsInTimelineOrder: readonly Event[],
  count = EMBED_EVENT_COUNT,
): { events: Event[]; total: number } {
  return { events: eventsInTimelineOrder.slice(-count), total: eventsInTimelineOrder.length };
}

/** The HTML a host pastes into its page; the frame starts at `height` pixels until the embed reports its own. */
export function embedSnippet({ src, title, height = 600 }: { src: string; title: string; height?: number }): string {
  return `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" width="100%" height="${String(height)}" style="border:0;max-width:100%" loading="lazy"></iframe>`;
}
