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
};

describe('renderEventCard', () => {
  it('carries the SPEC hooks: data-event-id, <time datetime> and a link to the event', () => {
    const html = renderEventCard(card);
    expect(html).toContain('data-event-id="2022-03-18-macron-putin-call"');
    expect(html).toContain('<time datetime="2022-03-18">18 March 2022</time>');
    expect(html).toContain('<a href="/events/2022-03-18-macron-putin-call/">');
  });

  it('marks key events with data-importance="3" and a visible label, and only those', () => {
    expect(renderEventCard(card)).toContain('data-importance="3"');
    expect(renderEventCard(card)).toContain('Key event');
    expect(renderEventCard({ ...card, isKey: false })).not.toContain('data-importance');
    expect(renderEventCard({ ...card, isKey: false })).not.toContain('Key event');
  });

  it('escapes markup in titles, summaries and names', () => {
    const html = renderEventCard(card);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('Talks on &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('Putin&#39;s &lt;b&gt;reply&lt;/b&gt;');
  });

  it('links actors, then places, and leaves the list out when there are none', () => {
    const html = renderEventCard(card);
    expect(html.indexOf('/actors/emmanuel-macron/')).toBeLessThan(html.indexOf('/places/mariupol/'));
    expect(html).toContain('<li class="place"><a href="/places/mariupol/">Маріуполь</a></li>');
    expect(renderEventCard({ ...card, actors: [], places: [] })).not.toContain('<ul');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});
