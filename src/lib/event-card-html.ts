/**
 * The HTML of an event's card in lists. An archive of 10,000 events shows each card on the
 * timeline and on the pages of every actor, place and topic it names: some 65,000 cards. Built
 * once per event as a string and reused, they cost a fraction of as many component renders.
 */
import type { TextLanguage } from './text-language';

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
  /** `lang` and `dir` of the title and summary when they differ from the page's (see `contentLanguage`). */
  text: TextLanguage;
}

/** The card's words in the site's language. */
export interface EventCardLabels {
  key: string;
  draft: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value made safe for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** ` lang="fr" dir="ltr"`, or nothing for text in the page's own language and direction. */
export function textLanguageAttributes({ lang, dir }: TextLanguage): string {
  return `${lang ? ` lang="${escapeHtml(lang)}"` : ''}${dir ? ` dir="${dir}"` : ''}`;
}

export function renderEventCard(card: EventCardContent, labels: EventCardLabels): string {
  const text = textLanguageAttributes(card.text);
  // Names inserted into right-to-left text keep their own direction.
  const nameDirection = card.text.dir ? ' dir="auto"' : '';
  const link = ({ href, name }: { href: string; name: string }) =>
    `<a href="${escapeHtml(href)}"${nameDirection}>${escapeHtml(name)}</a>`;
  const chips = [
    ...card.actors.map((actor) => `<li>${link(actor)}</li>`),
    ...card.places.map((place) => `<li class="place">${link(place)}</li>`),
  ];
  return [
    `<article class="event-card${card.isKey ? ' key' : ''}" data-event-id="${escapeHtml(card.id)}"`,
    card.isKey ? ' data-importance="3"' : '',
    ` data-tags="${escapeHtml(card.tags.join(' '))}">`,
    `<h4${text}><a href="${escapeHtml(card.href)}">${escapeHtml(card.title)}</a></h4>`,
    `<p class="event-meta"><time datetime="${escapeHtml(card.datetime)}">${escapeHtml(card.dateText)}</time>`,
    card.isKey ? ` <strong class="key-label">${escapeHtml(labels.key)}</strong>` : '',
    card.isDraft ? ` <strong class="draft-label">${escapeHtml(labels.draft)}</strong>` : '',
    `</p><p${text}>${escapeHtml(card.summary)}</p>`,
    chips.length > 0 ? `<ul class="chips">${chips.join('')}</ul>` : '',
    '</article>',
  ].join('');
}
