/**
 * An estimate of the HTML bytes one event adds to a list page, so long lists can be split by
 * size rather than by count: an event with nine actors weighs more than one with a single actor.
 * The constants were measured on built pages (see EventCard.astro); the estimate errs high.
 */
const encoder = new TextEncoder();

/** Markup of a card without its text: article, heading, time, paragraphs, list, grouping. */
const CARD_MARKUP_BYTES = 520;
/** Markup around one actor or place link: `<li><a href="…">…</a></li>`. */
const LINK_MARKUP_BYTES = 30;
/** Entities such as `&#39;` make escaped text longer than the text itself. */
const ESCAPING_FACTOR = 1.05;

export interface CardText {
  id: string;
  title: string;
  summary: string;
  tags: readonly string[];
  /** The card's actor and place links. */
  links: readonly { href: string; name: string }[];
}

const bytes = (text: string) => encoder.encode(text).length;

export function estimateCardBytes({ id, title, summary, tags, links }: CardText): number {
  const text = (bytes(title) + bytes(summary)) * ESCAPING_FACTOR;
  const linkBytes = links.reduce((total, { href, name }) => total + LINK_MARKUP_BYTES + bytes(href) + bytes(name), 0);
  return Math.ceil(CARD_MARKUP_BYTES + 2 * bytes(id) + text + bytes(tags.join(' ')) + linkBytes);
}
