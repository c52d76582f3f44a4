import { describe, expect, it } from 'vitest';
import { eventDate as date } from './fixtures';
import {
  fromTimelineDate,
  readSlideDates,
  toTimelineDate,
  toTimelineFile,
  toTimelineSlide,
  type ExportEvent,
} from '../../src/lib/timelinejs';

const LABELS = { fullAccount: 'Full account', sources: 'Sources:' };

function event(overrides: Partial<ExportEvent> = {}): ExportEvent {
  return {
    id: '2022-03-18-macron-putin-call',
    url: 'https://example.org/events/2022-03-18-macron-putin-call/',
    title: 'Macron presses Putin on "Mariupol" & the siege',
    date: date('2022-03-18'),
    approximate: false,
    summary: 'In a call of about 70 minutes, Macron asked Putin to lift the siege <of> Mariupol.',
    tags: ['diplomacy', 'phone-call'],
    sources: [
      { publisher: 'Reuters', title: 'Macron told Putin', url: 'https://www.reuters.com/a?b=1&c=2' },
      { publisher: 'Élysée' },
    ],
    ...overrides,
  };
}

describe('our dates as TimelineJS date objects', () => {
  it.each([
    ['1991', { year: 1991 }],
    ['2022-03', { year: 2022, month: 3 }],
    ['2022-03-19', { year: 2022, month: 3, day: 19 }],
    ['2022-03-21T23:30+03:00', { year: 2022, month: 3, day: 21, hour: 23, minute: 30 }],
    ['2022-03-21T08:05', { year: 2022, month: 3, day: 21, hour: 8, minute: 5 }],
  ])('%s keeps its precision and its wall-clock time', (written, expected) => {
    expect(toTimelineDate(date(written))).toEqual(expected);
  });

  it('a time with an offset shows the offset in display_date, since TimelineJS has none', () => {
    const slide = toTimelineSlide(event({ date: date('2022-03-21T23:30+03:00') }), LABELS);
    expect(slide.display_date).toBe('21 March 2022, 23:30 UTC+3');
  });

  it('an approximate date says "about" in display_date; an exact one leaves the date to TimelineJS', () => {
    expect(toTimelineSlide(event({ date: date('2022-03'), approximate: true }), LABELS).display_date).toBe(
      'about March 2022',
    );
    expect(toTimelineSlide(event(), LABELS)).not.toHaveProperty('display_date');
  });

  it('a range becomes start_date and end_date, each at its own precision', () => {
    const slide = toTimelineSlide(event({ date: date('2022-06-26'), end: date('2022-07') }), LABELS);
    expect(slide.start_date).toEqual({ year: 2022, month: 6, day: 26 });
    expect(slide.end_date).toEqual({ year: 2022, month: 7 });
  });
});

describe('a slide', () => {
  const slide = toTimelineSlide(event(), LABELS);

  it('carries the headline, the event id, the first tag as its group', () => {
    expect(slide.text?.headline).toBe('Macron presses Putin on "Mariupol" &amp; the siege');
    expect(slide.unique_id).toBe('2022-03-18-macron-putin-call');
    expect(slide.group).toBe('diplomacy');
  });

  it('holds the summary, a link to the event page and the sources, escaped', () => {
    expect(slide.text?.text).toBe(
      '<p>In a call of about 70 minutes, Macron asked Putin to lift the siege &lt;of&gt; Mariupol.</p>' +
        '<p><a href="https://example.org/events/2022-03-18-macron-putin-call/">Full account</a></p>' +
        '<p>Sources: <a href="https://www.reuters.com/a?b=1&amp;c=2">Reuters: Macron told Putin</a>; Élysée</p>',
    );
  });

  it('shows an https:// media, and leaves out a local image whose address only the build knows', () => {
    const remote = { src: 'https://www.youtube.com/watch?v=x', alt: 'Video', credit: 'AP' };
    expect(toTimelineSlide(event({ media: remote }), LABELS).media).toEqual({
      url: remote.src,
      alt: 'Video',
      credit: 'AP',
    });
    expect(toTimelineSlide(event({ media: { src: 'call.jpg', alt: 'A call' } }), LABELS)).not.toHaveProperty('media');
  });

  it('has no group when the event has no tag', () => {
    expect(toTimelineSlide(event({ tags: [] }), LABELS)).not.toHaveProperty('group');
  });
});

describe('the file', () => {
  it('has a title slide, one slide per event in order, and eras when there are any', () => {
    const file = toTimelineFile({
      title: { headline: 'War diplomacy', text: 'A timeline.' },
      events: [event(), event({ id: 'b', date: date('2022-04') })],
      eras: [{ title: 'Battle for Kyiv', date: date('2022-02-24'), end: date('2022-04-02'), summary: 'Russia tried.' }],
      labels: LABELS,
    });
    expect(file.title?.text).toEqual({ headline: 'War diplomacy', text: '<p>A timeline.</p>' });
    expect(file.events.map((slide) => slide.unique_id)).toEqual(['2022-03-18-macron-putin-call', 'b']);
    expect(file.eras).toEqual([
      {
        start_date: { year: 2022, month: 2, day: 24 },
        end_date: { year: 2022, month: 4, day: 2 },
        text: { headline: 'Battle for Kyiv', text: '<p>Russia tried.</p>' },
      },
    ]);
    expect(
      toTimelineFile({ title: { headline: 'x', text: 'y' }, events: [], eras: [], labels: LABELS }),
    ).not.toHaveProperty('eras');
  });
});

describe('TimelineJS date objects as our dates', () => {
  it.each([
    [{ year: 1991 }, '1991'],
    [{ year: '1943', month: '7', day: '' }, '1943-07'],
    [{ year: '1815', month: '12', day: '10' }, '1815-12-10'],
    [{ year: 2022, month: 3, day: 21, hour: 23, minute: 30 }, '2022-03-21T23:30'],
    [{ year: 2022, month: 3, day: 21, hour: 9 }, '2022-03-21T09:00'],
    [{ year: 2022, month: 3, day: 21, hour: 9, minute: 5, second: 59 }, '2022-03-21T09:05'],
    [{ year: '1,943' }, '1943'],
    [{ year: 800 }, '0800'],
  ])('%j is %s', (value, written) => {
    const result = fromTimelineDate(value, 'start_date');
    expect(result.ok && result.date.written).toBe(written);
  });

  it.each([
    [{ year: -500 }, 'start_date.year -500 is before the year 1 (BCE)'],
    [{ year: 0 }, 'start_date.year 0 is before the year 1 (BCE)'],
    [{ year: '-44', month: 3, day: 15 }, 'BCE'],
    [{ year: 12000 }, 'after 9999'],
    [{ year: 2022, day: 5 }, 'has a day but no month'],
    [{ year: 2022, month: 2, day: 30 }, 'February 2022 has 28 days'],
    [{ year: 2022, month: 13 }, 'months run from 01 to 12'],
    [{ year: 'spring' }, 'is not a whole number'],
    [{ year: '' }, 'has no year'],
    [undefined, 'start_date is missing'],
  ])('%j is rejected: %s', (value, message) => {
    const result = fromTimelineDate(value, 'start_date');
    expect(result.ok ? 'accepted' : result.message).toContain(message);
  });

  it('an end before the start is rejected', () => {
    const result = readSlideDates({ start_date: { year: 2022, month: 5 }, end_date: { year: 2022, month: 4 } });
    expect(result.ok ? 'accepted' : result.message).toBe('end_date 2022-04 is before start_date 2022-05');
  });

  it('an empty end_date (a blank End Year) is no end', () => {
    const result = readSlideDates({ start_date: { year: 1951 }, end_date: { year: '', month: '' } });
    expect(result.ok && result.when.end).toBeUndefined();
  });
});

describe('both ways', () => {
  it.each([
    ['1991', undefined, false],
    ['2022-03', undefined, true],
    ['2022-03-19', '2022-03-21', false],
    ['2022-03-21T23:30+03:00', undefined, false],
    ['2022-03-21T23:30-05:30', '2022-03-22T01:00-05:30', true],
    ['2022-03-21T10:00Z', undefined, false],
    ['2022-03-21T10:00', undefined, false],
  ])('%s (end %s, approximate %s) comes back as written', (start, end, approximate) => {
    const slide = toTimelineSlide(
      event({ date: date(start), end: end === undefined ? undefined : date(end), approximate }),
      LABELS,
    );
    const back = readSlideDates(JSON.parse(JSON.stringify(slide)) as object);
    if (!back.ok) throw new Error(back.message);
    expect([back.when.date.written, back.when.end?.written, back.when.approximate]).toEqual([start, end, approximate]);
  });

  it("a publisher's own display_date changes nothing", () => {
    const back = readSlideDates({ start_date: { year: 1950 }, display_date: 'c. 1950' });
    expect(back.ok && back.when).toEqual({ date: date('1950'), end: undefined, approximate: false });
  });
});
