import { describe, expect, it } from 'vitest';
import { escapeHtml, renderEventCard, type EventCardContent } from '../../src/lib/event-card-html';

const card: EventCardContent = {
  id: '2022-03-18-macron-putin-call',
  href: '/events/2022-03-18-macron-putin-call/',
  title: 'Talks on <script>alert(1)</script> & "quotes"',
  datetime: '2022-03-18',
  dateText: '18 March 2022',
  summary: "Putin's <b>reply</b>",
  tags: ['diplomacy', 'phone-call'],
  isKey: true,
  isDraft: false,
  actors: [{ href: '/actors/emmanuel-macron/', name: 'Emmanuel Macron' }],
  places: [{ href: '/places/mariupol/', name: 'Маріуполь' }],
  text: {},
};
const labels = { key: 'Key event', draft: 'Draft' };

describe('renderEventCard', () => {
  it('carries the SPEC hooks: data-event-id, <time datetime> and a link to the event', () => {
    const html = renderEventCard(card, labels);
    expect(html).toContain('data-event-id="2022-03-18-macron-putin-call"');
    expect(html).toContain('<time datetime="2022-03-18">18 March 2022</time>');
    expect(html).toContain('<a href="/events/2022-03-18-macron-putin-call/">');
  });

  it('marks key events with data-importance="3" and a visible label, and only those', () => {
    expect(renderEventCard(card, labels)).toContain('data-importance="3"');
    expect(renderEventCard(card, labels)).toContain('Key event');
    expect(renderEventCard({ ...card, isKey: false }, labels)).not.toContain('data-importance');
    expect(renderEventCard({ ...card, isKey: false }, labels)).not.toContain('Key event');
  });

  it('escapes markup in titles, summaries and names', () => {
    const html = renderEventCard(card, labels);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Talks on &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('Putin&#39;s &lt;b&gt;reply&lt;/b&gt;');
  });

  it('links actors, then places, and leaves the list out when there are none', () => {
    const html = renderEventCard(card, labels);
    expect(html.indexOf('/actors/emmanuel-macron/')).toBeLessThan(html.indexOf('/places/mariupol/'));
    expect(html).toContain('<li class="place"><a href="/places/mariupol/">Маріуполь</a></li>');
    expect(renderEventCard({ ...card, actors: [], places: [] }, labels)).not.toContain('<ul');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('renderEventCard in other languages', () => {
  it('writes its labels in the language given', () => {
    const html = renderEventCard({ ...card, isDraft: true }, { key: 'Ключова подія', draft: 'Чернетка' });
    expect(html).toContain('<strong class="key-label">Ключова подія</strong>');
    expect(html).toContain('<strong class="draft-label">Чернетка</strong>');
  });

  it('marks the title and summary of an entry in another language, and isolates names on a right-to-left page', () => {
    const html = renderEventCard({ ...card, text: { lang: 'fr', dir: 'ltr' } }, labels);
    expect(html).toContain('<h4 lang="fr" dir="ltr"><a');
    expect(html).toContain('<p lang="fr" dir="ltr">Putin');
    expect(html).toContain('<a href="/actors/emmanuel-macron/" dir="auto">');
  });

  it('adds no attribute to text in the page language on a left-to-right page', () => {
    const html = renderEventCard(card, labels);
    expect(html).not.toContain('lang=');
    expect(html).not.toContain('dir=');
  });
});
