/**
 * `/events.csv`: the columns of TimelineJS's Google Sheets template first, in its order, so the
 * rows paste into the template as they are, then this site's own columns. RFC 4180 quoting is
 * csv-stringify's. The cells come from the same slides as `/timeline.json`, so both agree.
 */
import { stringify } from 'csv-stringify/sync';
import {
  toTimelineEra,
  toTimelineFile,
  type ExportEvent,
  type ExportInput,
  type TimelineDate,
  type TimelineSlide,
} from './timelinejs';

/** The template's header, as TimelineJS's Sheets reader (ConfigFactory.js) reads it. */
export const SHEET_COLUMNS = [
  'Year',
  'Month',
  'Day',
  'Time',
  'End Year',
  'End Month',
  'End Day',
  'End Time',
  'Display Date',
  'Headline',
  'Text',
  'Media',
  'Media Credit',
  'Media Caption',
  'Media Thumbnail',
  'Type',
  'Group',
  'Background',
] as const;

export const SITE_COLUMNS = ['ID', 'URL', 'Actors', 'Places', 'Tags', 'Sources'] as const;

export interface SheetEvent extends ExportEvent {
  actors: readonly string[];
  places: readonly string[];
  sources: readonly {
    publisher: string;
    title?: string | undefined;
    url?: string | undefined;
    date?: { written: string } | undefined;
  }[];
}

type Row = Record<(typeof SHEET_COLUMNS)[number] | (typeof SITE_COLUMNS)[number], string>;

const twoDigits = (value: number | string) => String(value).padStart(2, '0');

function dateCells(date: TimelineDate | undefined) {
  const cell = (value: number | string | undefined) => (value === undefined ? '' : String(value));
  return {
    year: cell(date?.year),
    month: cell(date?.month),
    day: cell(date?.day),
    time: date?.hour === undefined ? '' : `${twoDigits(date.hour)}:${twoDigits(date.minute ?? 0)}`,
  };
}

function slideRow(slide: TimelineSlide, type: '' | 'title' | 'era'): Row {
  const start = dateCells(slide.start_date);
  const end = dateCells(slide.end_date);
  return {
    Year: start.year,
    Month: start.month,
    Day: start.day,
    Time: start.time,
    'End Year': end.year,
    'End Month': end.month,
    'End Day': end.day,
    'End Time': end.time,
    'Display Date': slide.display_date ?? '',
    Headline: slide.text?.headline ?? '',
    Text: slide.text?.text ?? '',
    Media: slide.media?.url ?? '',
    'Media Credit': slide.media?.credit ?? '',
    'Media Caption': slide.media?.caption ?? '',
    'Media Thumbnail': slide.media?.thumbnail ?? '',
    Type: type,
    Group: slide.group ?? '',
    Background: '',
    ID: slide.unique_id ?? '',
    URL: '',
    Actors: '',
    Places: '',
    Tags: '',
    Sources: '',
  };
}

/** A source on one line: publisher, headline, date, address. */
export function sourceLine({ publisher, title, url, date }: SheetEvent['sources'][number]): string {
  return [publisher, title, date?.written, url].filter(Boolean).join(' · ');
}

/** The CSV: the title row, one row per event in timeline order, then one row of Type `era` per era. */
export function toEventsCsv(input: Omit<ExportInput, 'events'> & { events: readonly SheetEvent[] }): string {
  const file = toTimelineFile(input);
  const rows: Row[] = [
    ...(file.title ? [slideRow(file.title, 'title')] : []),
    ...input.events.map((event, index) => ({
      ...slideRow(file.events[index] ?? {}, ''),
      URL: event.url,
      Actors: event.actors.join(' '),
      Places: event.places.join(' '),
      Tags: event.tags.join(' '),
      // One source per line: a cell may hold line breaks, and the sheet shows them.
      Sources: event.sources.map(sourceLine).join('\n'),
    })),
    ...input.eras.map((era) => slideRow(toTimelineEra(era), 'era')),
  ];
  return stringify(rows, { header: true, columns: [...SHEET_COLUMNS, ...SITE_COLUMNS], record_delimiter: 'windows' });
}
