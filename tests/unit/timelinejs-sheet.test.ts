import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { eventDate as date } from './fixtures';
import { SHEET_COLUMNS, SITE_COLUMNS, toEventsCsv, type SheetEvent } from '../../src/lib/timelinejs-sheet';

const tricky: SheetEvent = {
  id: '2022-03-21-talks',
  url: 'https://example.org/events/2022-03-21-talks/',
  title: 'Talks, "again", in Istanbul',
  date: date('2022-03-21T23:30+03:00'),
  end: date('2022-03-22'),
  approximate: false,
  summary: 'Line one,\nline two with "quotes" and a comma, then\r\na CRLF.',
  tags: ['negotiations', 'diplomacy'],
  actors: ['volodymyr-zelenskyy', 'vladimir-putin'],
  places: ['istanbul'],
  sources: [
    { publisher: 'Reuters', title: 'Talks, day one', url: 'https://reuters.com/x', date: date('2022-03-22') },
    { publisher: 'AP' },
  ],
};

const plain: SheetEvent = { ...tricky, id: 'plain', title: 'Plain', date: date('1991'), end: undefined, summary: 'S.' };

function rows(csv: string): Record<string, string>[] {
  return parse(csv, { columns: true }) as Record<string, string>[];
}

const csv = toEventsCsv({
  title: { headline: 'War diplomacy', text: 'A timeline.' },
  events: [tricky, plain],
  eras: [{ title: 'Spring', date: date('2022-03'), end: date('2022-05'), summary: 'Talks.' }],
  labels: { fullAccount: 'Full account', sources: 'Sources:' },
});

describe('/events.csv', () => {
  it("starts with the template's header, in its order, then the site's columns", () => {
    expect(csv.split('\r\n')[0]).toBe([...SHEET_COLUMNS, ...SITE_COLUMNS].join(','));
  });

  it('quotes commas, quotes and line breaks so every cell parses back whole', () => {
    const [, first] = rows(csv);
    expect(first?.['Headline']).toBe('Talks, "again", in Istanbul');
    expect(first?.['Text']).toContain('<p>Line one,\nline two with "quotes" and a comma, then\r\na CRLF.</p>');
    expect(first?.['Sources']).toBe('Reuters · Talks, day one · 2022-03-22 · https://reuters.com/x\nAP');
    expect(csv).toContain('"Talks, ""again"", in Istanbul"');
  });

  it('has a title row, one row per event, then the eras as rows of Type era', () => {
    const all = rows(csv);
    expect(all.map((row) => [row['Type'], row['ID'] || row['Headline']])).toEqual([
      ['title', 'War diplomacy'],
      ['', '2022-03-21-talks'],
      ['', 'plain'],
      ['era', 'Spring'],
    ]);
  });

  it('writes dates in the template columns at their precision, the offset in Display Date', () => {
    const [, first, second] = rows(csv);
    expect(first).toMatchObject({
      Year: '2022',
      Month: '3',
      Day: '21',
      Time: '23:30',
      'End Year': '2022',
      'End Month': '3',
      'End Day': '22',
      'End Time': '',
      'Display Date': '21 March 2022, 23:30 UTC+3 – 22 March 2022',
      Group: 'negotiations',
    });
    expect(second).toMatchObject({ Year: '1991', Month: '', Day: '', Time: '', 'Display Date': '' });
  });

  it("lists the event's URL, actors, places and tags", () => {
    const [, first] = rows(csv);
    expect(first).toMatchObject({
      URL: 'https://example.org/events/2022-03-21-talks/',
      Actors: 'volodymyr-zelenskyy vladimir-putin',
      Places: 'istanbul',
      Tags: 'negotiations diplomacy',
    });
  });
});
