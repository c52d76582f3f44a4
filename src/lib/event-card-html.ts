/**
 * The HTML of an event's card in lists. An archive of 10,000 events shows each card on the
 * timeline and on the pages of every actor, place and topic it names: some 65,000 cards. Built
 * once per event as a string and reused, they cost a fraction of as many component renders.
 */
export interface EventCardContent {
  id: string;
  href: string;
  title: string;
  /** `<time datetime>`: the date as written. */
  datetime: string;
  /** The date as shown, e.g. "10–11 March 2022". */
  dateText: string;
  summary: string;
  tags: readonly string[];
  isKey: boolean;
  isDraft: boolean;
  actors: readonly { href: string; name: string }[];
  places: readonly { href: string; name: string }[];
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value made safe for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

const link = ({ href, name }: { href: string; name: string }) =>
  `<a href="${escapeHtml(href)}">${escapeHtml(name)}</a>`;

export function renderEventCard(card: EventCardContent): string {
  const chips = [
    ...card.actors.map((actor) => `<li>${link(actor)}</li>`),
    ...card.places.map((place) => `<li class="place">${link(place)}</li>`),
  ];
  return [
    `<article class="event-card${card.isKey ? ' key' : ''}" data-event-id="${escapeHtml(card.id)}"`,
    card.isKey ? ' data-importance="3"' : '',
    ` data-tags="${escapeHtml(card.tags.join(' '))}">`,
    `<h4><a href="${escapeHtml(card.href)}">${escapeHtml(card.title)}</a></h4>`,
    `<p class="event-meta"><time datetime="${escapeHtml(card.datetime)}">${escapeHtml(card.dateText)}</time>`,
    card.isKey ? ' <strong class="key-label">Key event</strong>' : '',
    card.isDraft ? ' <strong class="draft-label">Draft</strong>' : '',
    `</p><p>${escapeHtml(card.summary)}</p>`,
    chips.length > 0 ? `<ul class="chips">${chips.join('')}</ul>` : '',
    '</article>',
  ].join('');
}
