/**
 * TimelineJS 3's JSON format (https://timeline.knightlab.com/docs/json-format.html) both ways:
 * our events and eras as slides for `/timeline.json`, and a slide's date objects read back into
 * the SPEC's date forms for the import. Dates keep the precision written; what a TimelineJS date
 * object cannot hold (a UTC offset, "about") travels in `display_date`, formatted by
 * `event-date.ts` so the import can recognise it again.
 */
import { escapeHtml } from './event-card-html';
import { endsBeforeStart, parseEventDate, type DateFormat, type EventDate } from './event-date';
import { createTranslator, LANGUAGES, type LanguageCode } from './messages';

/** A TimelineJS date object. Numbers on export; files written by hand or by Sheets often hold strings. */
export interface TimelineDate {
  year: number | string;
  month?: number | string;
  day?: number | string;
  hour?: number | string;
  minute?: number | string;
  second?: number | string;
  display_date?: string;
}

export interface TimelineText {
  headline?: string;
  text?: string;
}

export interface TimelineMedia {
  url: string;
  caption?: string;
  credit?: string;
  alt?: string;
  thumbnail?: string;
}

export interface TimelineSlide {
  start_date?: TimelineDate;
  end_date?: TimelineDate;
  text?: TimelineText;
  media?: TimelineMedia;
  group?: string;
  display_date?: string;
  unique_id?: string;
}

export interface TimelineEra {
  start_date: TimelineDate;
  end_date: TimelineDate;
  text?: TimelineText;
}

export interface TimelineFile {
  title?: TimelineSlide;
  events: TimelineSlide[];
  eras?: TimelineEra[];
}

/** An event as the export needs it; `url` is absolute, `media` only when the event has one. */
export interface ExportEvent {
  id: string;
  url: string;
  title: string;
  date: EventDate;
  end?: EventDate | undefined;
  approximate: boolean;
  summary: string;
  tags: readonly string[];
  sources: readonly { publisher: string; title?: string | undefined; url?: string | undefined }[];
  media?:
    { src: string; alt?: string | undefined; credit?: string | undefined; caption?: string | undefined } | undefined;
}

export interface ExportEra {
  title: string;
  date: EventDate;
  end: EventDate;
  summary: string;
}

/** Interface strings the slides' text carries, in the site's language. */
export interface ExportLabels {
  /** Link text to the event's page. */
  fullAccount: string;
  /** Lead-in of the list of sources. */
  sources: string;
  /** Dates in the site's language, for `display_date`. */
  dates: DateFormat;
}

/** A date object at the precision written: a year stays a year, a time keeps its wall-clock hour and minute. */
export function toTimelineDate(date: EventDate): TimelineDate {
  const result: TimelineDate = { year: date.year };
  if (date.month !== undefined) result.month = date.month;
  if (date.day !== undefined) result.day = date.day;
  if (date.hour !== undefined) result.hour = date.hour;
  if (date.minute !== undefined) result.minute = date.minute;
  return result;
}

interface When {
  date: EventDate;
  end?: EventDate | undefined;
  approximate: boolean;
}

/**
 * The slide's `display_date` when TimelineJS could not say it from the date objects alone: an
 * uncertain date ("about March 2022") or a time with its offset (TimelineJS shows times in the
 * reader's zone and has no offset).
 */
export function displayDateOf(when: When, dates: DateFormat): string | undefined {
  const hasOffset = [when.date, when.end].some((date) => date?.offsetMinutes !== undefined);
  return when.approximate || hasOffset ? dates.when(when) : undefined;
}

/** Dates of a slide or an era: `start_date`, `end_date` when there is an end, `display_date` when needed. */
function timelineDates(when: When, dates: DateFormat) {
  const displayDate = displayDateOf(when, dates);
  return {
    start_date: toTimelineDate(when.date),
    ...(when.end ? { end_date: toTimelineDate(when.end) } : {}),
    ...(displayDate ? { display_date: displayDate } : {}),
  };
}

/** Text in element content: quotes stay quotes, so headlines read well in a spreadsheet too. */
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paragraph = (html: string) => `<p>${html}</p>`;
const anchor = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeText(text)}</a>`;

/** The slide text: the summary, a link to the event's page, then the sources (linked when they have an address). */
export function slideText(event: ExportEvent, labels: ExportLabels): string {
  const sources = event.sources.map(({ publisher, title, url }) => {
    const label = title ? `${publisher}: ${title}` : publisher;
    return url ? anchor(url, label) : escapeText(label);
  });
  return [
    paragraph(escapeText(event.summary)),
    paragraph(anchor(event.url, labels.fullAccount)),
    paragraph(`${escapeText(labels.sources)} ${sources.join('; ')}`),
  ].join('');
}

/** TimelineJS shows remote media itself; a local image's address is only known to the build's image service. */
function mediaOf(event: ExportEvent): TimelineMedia | undefined {
  const { media } = event;
  if (!media?.src.startsWith('https://')) return undefined;
  return {
    url: media.src,
    ...(media.alt ? { alt: media.alt } : {}),
    ...(media.credit ? { credit: escapeText(media.credit) } : {}),
    ...(media.caption ? { caption: escapeText(media.caption) } : {}),
  };
}

export function toTimelineSlide(event: ExportEvent, labels: ExportLabels): TimelineSlide {
  const media = mediaOf(event);
  const [group] = event.tags;
  return {
    ...timelineDates(event, labels.dates),
    text: { headline: escapeText(event.title), text: slideText(event, labels) },
    ...(media ? { media } : {}),
    ...(group ? { group } : {}),
    unique_id: event.id,
  };
}

export function toTimelineEra(era: ExportEra, labels: ExportLabels): TimelineEra {
  const { start_date, end_date = toTimelineDate(era.end) } = timelineDates(
    { ...era, approximate: false },
    labels.dates,
  );
  return { start_date, end_date, text: { headline: escapeText(era.title), text: paragraph(escapeText(era.summary)) } };
}

export interface ExportInput {
  /** The title slide: the site's name and description. */
  title: { headline: string; text: string };
  events: readonly ExportEvent[];
  /** Eras that overlap the events, each once. */
  eras: readonly ExportEra[];
  labels: ExportLabels;
}

/** `slideOf` lets a build that exports many lists make each event's slide once. */
export function toTimelineFile(
  { title, events, eras, labels }: ExportInput,
  slideOf: (event: ExportEvent) => TimelineSlide = (event) => toTimelineSlide(event, labels),
): TimelineFile {
  return {
    title: { text: { headline: escapeText(title.headline), text: paragraph(escapeText(title.text)) } },
    events: events.map(slideOf),
    ...(eras.length > 0 ? { eras: eras.map((era) => toTimelineEra(era, labels)) } : {}),
  };
}

export type DatesResult = { ok: true; when: When } | { ok: false; message: string };

/** A date part as TimelineJS accepts it: a number, or digits in a string ("1,943" from a sheet too). */
function datePart(value: unknown): number | undefined | 'invalid' {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'number') return Number.isInteger(value) ? value : 'invalid';
  if (typeof value !== 'string') return 'invalid';
  const digits = value.replace(/[\s,]+/g, '');
  if (digits === '') return undefined;
  return /^-?\d+$/.test(digits) ? Number(digits) : 'invalid';
}

const PARTS = ['year', 'month', 'day', 'hour', 'minute'] as const;
const twoDigits = (value: number) => String(value).padStart(2, '0');

/**
 * The SPEC form of a TimelineJS date object (`{ year: 1943, month: 7 }` is `1943-07`), or why it
 * has none. Seconds are dropped: the SPEC's finest precision is the minute.
 */
export function fromTimelineDate(
  value: unknown,
  field: string,
): { ok: true; date: EventDate } | { ok: false; message: string } {
  if (typeof value !== 'object' || value === null) return { ok: false, message: `${field} is missing` };
  const record = value as Record<string, unknown>;
  const parts: Partial<Record<(typeof PARTS)[number], number>> = {};
  for (const part of PARTS) {
    const parsed = datePart(record[part]);
    if (parsed === 'invalid') {
      return { ok: false, message: `${field}.${part} ${JSON.stringify(record[part])} is not a whole number` };
    }
    if (parsed !== undefined) parts[part] = parsed;
  }
  const { year, month, day, hour, minute } = parts;
  if (year === undefined) return { ok: false, message: `${field} has no year` };
  if (year <= 0) {
    return {
      ok: false,
      message: `${field}.year ${year} is before the year 1 (BCE); this site's dates run from 0001 to 9999`,
    };
  }
  if (year > 9999) return { ok: false, message: `${field}.year ${year} is after 9999; write dates from 0001 to 9999` };
  // The parts must run from the year down without a gap; only a missing minute has a meaning (the full hour).
  const firstMissing = PARTS.findIndex((part) => parts[part] === undefined);
  const gap = firstMissing === -1 ? undefined : PARTS.slice(firstMissing + 1).find((part) => parts[part] !== undefined);
  if (gap) return { ok: false, message: `${field} has a ${gap} but no ${PARTS[firstMissing] ?? ''}` };
  let written = String(year).padStart(4, '0');
  if (month !== undefined) written += `-${twoDigits(month)}`;
  if (day !== undefined) written += `-${twoDigits(day)}`;
  if (hour !== undefined) written += `T${twoDigits(hour)}:${twoDigits(minute ?? 0)}`;
  const parsed = parseEventDate(written);
  return parsed.ok ? parsed : { ok: false, message: `${field}: ${parsed.message}` };
}

/** Offsets in use on Earth are whole quarter hours from −12:00 to +14:00. */
const OFFSETS = Array.from({ length: ((14 + 14) * 60) / 15 + 1 }, (_, index) => -14 * 60 + index * 15);

function withOffset(date: EventDate, offsetMinutes: number | undefined): EventDate {
  if (date.precision !== 'time' || offsetMinutes === undefined) return date;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const absolute = Math.abs(offsetMinutes);
  const written = `${date.written}${offsetMinutes === 0 ? 'Z' : `${sign}${twoDigits(Math.floor(absolute / 60))}:${twoDigits(absolute % 60)}`}`;
  return { ...date, written, offsetMinutes };
}

/**
 * What a `display_date` written by our export says beyond the date objects: "about" and the
 * offset. It is recognised only when it is exactly what `displayDateOf` writes for the slide's
 * dates, in any interface language (the file may come from a site built in another one); any other
 * display date is a publisher's own wording and changes nothing.
 */
function recogniseDisplayDate(date: EventDate, end: EventDate | undefined, displayDate: string): When | undefined {
  const timed = date.precision === 'time' || end?.precision === 'time';
  const offsets: (number | undefined)[] = timed ? [undefined, ...OFFSETS] : [undefined];
  for (const dates of displayDateFormats()) {
    for (const approximate of [false, true]) {
      for (const offset of offsets) {
        const when = { date: withOffset(date, offset), end: end && withOffset(end, offset), approximate };
        if (displayDateOf(when, dates) === displayDate) return when;
      }
    }
  }
  return undefined;
}

let formats: DateFormat[] | undefined;

/** The date formats of every interface language, made once. */
function displayDateFormats(): DateFormat[] {
  return (formats ??= (Object.keys(LANGUAGES) as LanguageCode[]).map((code) => createTranslator(code).dates));
}

/** A slide's or an era's dates in the SPEC's forms: start, end (not before the start), "about" and offset. */
export function readSlideDates(slide: {
  start_date?: unknown;
  end_date?: unknown;
  display_date?: unknown;
}): DatesResult {
  const start = fromTimelineDate(slide.start_date, 'start_date');
  if (!start.ok) return start;
  let end: EventDate | undefined;
  if (
    slide.end_date !== undefined &&
    datePart((slide.end_date as Record<string, unknown> | null)?.['year']) !== undefined
  ) {
    const parsed = fromTimelineDate(slide.end_date, 'end_date');
    if (!parsed.ok) return parsed;
    end = parsed.date;
    if (endsBeforeStart(start.date, end)) {
      return { ok: false, message: `end_date ${end.written} is before start_date ${start.date.written}` };
    }
  }
  const startDisplay = (slide.start_date as { display_date?: unknown }).display_date;
  const displayDate = typeof slide.display_date === 'string' && slide.display_date ? slide.display_date : startDisplay;
  const when = (typeof displayDate === 'string' && recogniseDisplayDate(start.date, end, displayDate.trim())) || {
    date: start.date,
    end,
    approximate: false,
  };
  return { ok: true, when };
}
