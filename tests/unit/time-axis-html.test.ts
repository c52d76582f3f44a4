import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../src/lib/messages';
import { buildTimeAxis, keyEventsToMark, type AxisEra, type AxisEvent } from '../../src/lib/time-axis';
import { renderAxisFrame, renderKeyRow, type AxisLinks } from '../../src/lib/time-axis-html';
import { eventDate } from './fixtures';

const messages = createTranslator('en');

function axisEvent(id: string, date: string, importance = 2, title = `Title of ${id}`): AxisEvent {
  return { id, data: { date: eventDate(date), approximate: false, importance, title } };
}

const links: AxisLinks<AxisEvent, AxisEra> = {
  periodHref: (event) => `/tl/page/#d-${event.id}`,
  eventHref: (event) => `/tl/events/${event.id}/`,
  eraHref: (era) => `/tl/eras/${era.id}/`,
};

function draw(events: AxisEvent[], eras: AxisEra[] = [], keyEvents = keyEventsToMark(events)) {
  const model = buildTimeAxis(events, eras);
  if (!model) throw new Error('no axis');
  const frame = renderAxisFrame(model, links, messages);
  const html = frame.before + renderKeyRow(model, keyEvents, links, messages) + frame.after;
  return { html, document: parse(html) };
}

describe('the time axis markup', () => {
  const events = [
    axisEvent('a', '2022-03-10'),
    axisEvent('b', '2022-03-10', 3, 'Talks <in> "Istanbul"'),
    axisEvent('c', '2022-03-14'),
  ];
  const eras: AxisEra[] = [
    { id: 'talks', data: { date: eventDate('2022-03-09'), end: eventDate('2022-03-12'), title: 'The talks' } },
  ];

  it('has one link per non-empty period with its dates, count, accessible name and first event', () => {
    const { document } = draw(events, eras);
    const bins = document.querySelectorAll('[data-time-axis] a[data-bin-start]');
    expect(bins.map((bin) => [bin.getAttribute('data-bin-start'), bin.getAttribute('data-count'), bin.text])).toEqual([
      ['2022-03-10', '2', '10 March 2022, 2 events'],
      ['2022-03-14', '1', '14 March 2022, 1 event'],
    ]);
    expect(bins[0]?.getAttribute('href')).toBe('/tl/page/#d-a');
    // Every period is a column of the first row, empty or not.
    expect(document.querySelectorAll('.axis-bars td')).toHaveLength(5);
  });

  it('links key events with their escaped title, and eras over the periods they cover', () => {
    const { html, document } = draw(events, eras);
    const key = document.querySelector('a[data-event-id]');
    expect(key?.getAttribute('href')).toBe('/tl/events/b/');
    expect(key?.text).toBe('Key event: Talks <in> "Istanbul", 10 March 2022');
    expect(html).not.toContain('<in>');
    const era = document.querySelector('a[data-era-id="talks"]');
    expect(era?.getAttribute('href')).toBe('/tl/eras/talks/');
    expect(era?.text).toBe('The talks, era, 9–12 March 2022');
    expect(era?.parentNode?.getAttribute('colspan')).toBe('3');
  });

  it('describes itself in words', () => {
    const { document } = draw(events, eras);
    expect(document.querySelector('.axis-summary')?.text).toBe(
      '3 events from 10 March 2022 to 14 March 2022, counted by day.',
    );
    expect(document.querySelector('.legend-busiest')?.text).toBe('Busiest day: 10 March 2022, 2 events.');
    expect(document.querySelectorAll('.axis-legend li').map((item) => item.classNames)).toEqual([
      'legend-busiest',
      'legend-bars',
      'legend-key',
      'legend-era',
    ]);
  });

  it.each([
    ['a 25-year archive drawn by year', 25],
    ['a 6-year archive drawn by month', 6],
  ])('stays under 20 KB for %s of 10,000 events with 30 long key-event titles', (_, years) => {
    const many = Array.from({ length: 10_000 }, (__, index) => {
      const year = 2019 - years + 1 + (index % years);
      const day = `${year}-${String((index % 12) + 1).padStart(2, '0')}-${String((index % 28) + 1).padStart(2, '0')}`;
      return axisEvent(
        `${day}-an-event-with-a-long-identifier-${index}`,
        day,
        index % 6 === 0 ? 3 : 2,
        'x'.repeat(150),
      );
    });
    const model = buildTimeAxis(many, []);
    if (!model) throw new Error('no axis');
    const longLinks = {
      ...links,
      periodHref: (event: AxisEvent) => `/tl/actors/a-long-actor-identifier/2019/03/#d-${event.data.date.written}`,
    };
    const frame = renderAxisFrame(model, longLinks, messages);
    const html = frame.before + renderKeyRow(model, keyEventsToMark(many, 30), longLinks, messages) + frame.after;
    expect(model.unit).toBe(years === 25 ? 'year' : 'month');
    expect(Buffer.byteLength(html)).toBeLessThan(20_000);
  });
});
