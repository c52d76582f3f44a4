/**
 * The import of a TimelineJS timeline (its JSON file, or the CSV of its Google Sheets template)
 * as Markdown entries. Pure: it reads text and returns the files to write and the slides it
 * skipped, each with its position; `timelinejs-import-files.ts` touches the disk. Everything is
 * validated before anything is written, so a file it cannot read leaves the content untouched.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import yaml from 'js-yaml';
import { eraSchema, ID_PATTERN, rawEventSchema } from './content-schemas';
import type { EventDate } from './event-date';
import { htmlToMarkdown, htmlToPlainText, htmlToTextBlocks } from './html-to-markdown';
import { readSlideDates } from './timelinejs';
import { SHEET_COLUMNS } from './timelinejs-sheet';

export type SlideKind = 'title' | 'event' | 'era';

/** A slide as read from the file, before any judgement: `position` says where it was ("events[2]", "row 4"). */
export interface SourceSlide {
  position: string;
  kind: SlideKind;
  slide: Record<string, unknown>;
  /** A problem found while reading the row (a time that is not a time). */
  problem?: string;
}

export type ReadResult = { ok: true; slides: SourceSlide[] } | { ok: false; message: string };

/** Reads a TimelineJS JSON file or a Sheets CSV export; the file name's extension decides, or the first character. */
export function readTimelineSource(fileName: string, text: string): ReadResult {
  const extension = fileName.toLowerCase().split('.').pop();
  const isJson = extension === 'json' || (extension !== 'csv' && text.trimStart().startsWith('{'));
  return isJson ? readJson(text) : readSheet(text);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readJson(text: string): ReadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { ok: false, message: `is not valid JSON: ${(error as Error).message}` };
  }
  if (!isRecord(data) || !Array.isArray(data['events'])) {
    return { ok: false, message: 'is not a TimelineJS file: it needs an object with an `events` list' };
  }
  const eras = data['eras'] ?? [];
  if (!Array.isArray(eras)) return { ok: false, message: '`eras` must be a list' };
  const listed = (kind: SlideKind, list: string) => (slide: unknown, index: number) => ({
    position: `${list}[${index}]`,
    kind,
    slide: isRecord(slide) ? slide : {},
    ...(isRecord(slide) ? {} : { problem: 'is not a slide object' }),
  });
  return {
    ok: true,
    slides: [
      ...(isRecord(data['title']) ? [{ position: 'title', kind: 'title' as const, slide: data['title'] }] : []),
      ...data['events'].map(listed('event', 'events')),
      ...eras.map(listed('era', 'eras')),
    ],
  };
}

/** A sheet's "Time" cell as TimelineJS reads it: `14:30`, `2:30 PM`, `1430`, with optional seconds. */
export function parseSheetTime(text: string): { hour: number; minute: number } | undefined {
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?(?:[:.](\d{2})(?:[.,]\d+)?)?\s*(?:([AaPp])\.?[Mm]\.?)?$/.exec(text.trim());
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = Number(match[2] ?? 0);
  const period = match[4]?.toLowerCase();
  if (period && (hour < 1 || hour > 12)) return undefined;
  if (period === 'p' && hour !== 12) hour += 12;
  if (period === 'a' && hour === 12) hour = 0;
  return hour <= 23 && minute <= 59 ? { hour, minute } : undefined;
}

function readSheet(text: string): ReadResult {
  let rows: Record<string, string>[];
  try {
    rows = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    return { ok: false, message: `is not a readable CSV file: ${(error as Error).message}` };
  }
  const header = Object.keys(rows[0] ?? {});
  const missing = ['Year', 'Headline', 'Text'].filter((column) => !header.includes(column));
  if (rows.length > 0 && missing.length > 0) {
    return {
      ok: false,
      message: `is not a TimelineJS sheet: it has no ${missing.join(', ')} column; its first row must be the template's header (${SHEET_COLUMNS.join(', ')})`,
    };
  }
  return { ok: true, slides: rows.map((row, index) => sheetRowToSlide(row, `row ${index + 2}`)) };
}

/** One row of the template as a slide, the way TimelineJS's own Sheets reader does it. */
function sheetRowToSlide(row: Record<string, string>, position: string): SourceSlide {
  const cell = (column: string) => (row[column] ?? '').trim();
  const type = cell('Type').toLowerCase();
  const kind: SlideKind = type === 'title' || type === 'era' ? type : 'event';
  const problems: string[] = [];
  const dateOf = (prefix: string) => {
    const date: Record<string, unknown> = { year: cell(`${prefix}Year`) };
    if (cell(`${prefix}Month`)) date['month'] = cell(`${prefix}Month`);
    if (cell(`${prefix}Day`)) date['day'] = cell(`${prefix}Day`);
    const time = cell(`${prefix}Time`);
    if (time) {
      const parsed = parseSheetTime(time);
      if (parsed) Object.assign(date, parsed);
      else problems.push(`${prefix}Time "${time}" is not a time of day (write 14:30 or 2:30 PM)`);
    }
    return date;
  };
  const slide: Record<string, unknown> = {
    start_date: dateOf(''),
    ...(cell('End Year') ? { end_date: dateOf('End ') } : {}),
    display_date: cell('Display Date'),
    text: { headline: cell('Headline'), text: cell('Text') },
    media: {
      url: cell('Media'),
      credit: cell('Media Credit'),
      caption: cell('Media Caption'),
      thumbnail: cell('Media Thumbnail'),
      alt: cell('Alt Text'),
    },
    group: cell('Group') || cell('Tag'),
    ...(cell('ID') ? { unique_id: cell('ID') } : {}),
  };
  return { position, kind, slide, ...(problems.length > 0 ? { problem: problems.join('; ') } : {}) };
}

export interface PlannedFile {
  position: string;
  collection: 'events' | 'eras';
  id: string;
  /** Relative to the content folder, e.g. `events/1943/1943-07-the-women-who-made-it-work.md`. */
  path: string;
  text: string;
  /** What the editor should know about this entry (media left out, a headline cut). */
  notes: string[];
}

export interface SkippedSlide {
  position: string;
  reason: string;
}

export interface ImportPlan {
  files: PlannedFile[];
  skipped: SkippedSlide[];
}

export interface ImportOptions {
  publisher: string;
  /** Ids already in the content folder: an entry with one of them is not written, never overwritten. */
  existingIds: { events: ReadonlySet<string>; eras: ReadonlySet<string> };
}

export const MAX_TITLE_LENGTH = 160;
export const MAX_ERA_TITLE_LENGTH = 120;
export const MAX_SUMMARY_LENGTH = 400;
const MAX_CREDIT_LENGTH = 200;
const MAX_SLUG_LENGTH = 60;

/** `text` cut at a word to at most `max` characters, ending in "…" when cut. */
export function cutAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max);
  const lastSpace = room.lastIndexOf(' ');
  const cut = lastSpace > 0 ? room.slice(0, lastSpace) : room.slice(0, max - 1);
  return `${cut.replace(/[\s,;:–-]+$/, '')}…`;
}

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

/** The first sentence or two of the text's first block, within 400 characters; the headline when there is no text. */
export function summaryOf(textBlocks: readonly string[], headline: string): string {
  const [first] = textBlocks;
  if (!first) return cutAtWord(headline, MAX_SUMMARY_LENGTH);
  const [one = '', two] = [...sentences.segment(first)].map(({ segment }) => segment.trim());
  const both = two ? `${one} ${two}` : one;
  return both.length <= MAX_SUMMARY_LENGTH ? both : cutAtWord(one, MAX_SUMMARY_LENGTH);
}

/** Lowercase ASCII words joined by hyphens: "Grace Hopper's «Compiler»" → `grace-hoppers-compiler`. */
export function kebabCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function slugOf(text: string): string {
  const slug = kebabCase(text);
  if (slug.length <= MAX_SLUG_LENGTH) return slug;
  const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), 1)).replace(/-+$/, '');
}

/** The calendar part of a date as written: `1943-07`, `2022-03-21` for a time. */
const datePrefix = (date: EventDate) => date.written.slice(0, 10).replace(/T.*$/, '');

interface SlideContent {
  headline: string;
  textHtml: string;
  blocks: string[];
}

function contentOf(slide: Record<string, unknown>): SlideContent {
  const text = isRecord(slide['text']) ? slide['text'] : {};
  const asString = (value: unknown) => (typeof value === 'string' ? value : '');
  const textHtml = asString(text['text']);
  const blocks = htmlToTextBlocks(textHtml);
  const headline = htmlToPlainText(asString(text['headline'])) || blocks[0] || '';
  return { headline, textHtml, blocks };
}

interface MediaResult {
  media?: { src: string; alt: string; credit?: string; caption?: string };
  bodyMarkdown?: string;
  note?: string;
}

/** `https://` media as they are; HTML in the media field (a quote) into the body; anything else reported. */
function mediaOf(slide: Record<string, unknown>, headline: string): MediaResult {
  const media = isRecord(slide['media']) ? slide['media'] : {};
  const url = typeof media['url'] === 'string' ? media['url'].trim() : '';
  if (!url) return {};
  const text = (key: string) => (typeof media[key] === 'string' ? htmlToPlainText(media[key]) : '');
  if (url.startsWith('https://')) {
    // Within the lengths the media format allows, so a long caption cannot fail the check.
    const credit = cutAtWord(text('credit'), MAX_CREDIT_LENGTH);
    const caption = cutAtWord(text('caption'), MAX_SUMMARY_LENGTH);
    return {
      media: {
        src: url,
        alt: cutAtWord(text('alt') || caption || headline, MAX_SUMMARY_LENGTH),
        ...(credit ? { credit } : {}),
        ...(caption ? { caption } : {}),
      },
    };
  }
  if (url.startsWith('<')) {
    return { bodyMarkdown: htmlToMarkdown(url), note: 'the media field held HTML: it is in the body now' };
  }
  return {
    note: `media "${cutAtWord(url, 80)}" was not imported: only https:// addresses are; copy a local image into content/media/ and add it by hand`,
  };
}

const dump = (frontmatter: Record<string, unknown>) => yaml.dump(frontmatter, { lineWidth: -1, noRefs: true });

function markdownFile(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${dump(frontmatter)}---\n${body ? `\n${body}\n` : ''}`;
}

/** Why an entry would fail `npm run check`, checked before anything is written; undefined when it passes. */
function contentCheckProblem(
  schema: typeof rawEventSchema | typeof eraSchema,
  frontmatter: object,
): string | undefined {
  const checked = schema.safeParse(frontmatter);
  if (checked.success) return undefined;
  const issues = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
  return `it would not pass the content check: ${issues}`;
}

type PlannedSlide =
  { ok: true; id: string; folder: string; file: Omit<PlannedFile, 'id' | 'path'> } | { ok: false; reason: string };

/** The event entry of a slide, or why it has none. */
function planEvent(source: SourceSlide, options: ImportOptions): PlannedSlide {
  const dates = readSlideDates(source.slide);
  if (!dates.ok) return { ok: false, reason: `no usable date: ${dates.message}` };
  const { headline, textHtml, blocks } = contentOf(source.slide);
  if (!headline) return { ok: false, reason: 'the slide has neither a headline nor a text' };
  const notes: string[] = [];
  const title = cutAtWord(headline, MAX_TITLE_LENGTH);
  if (title !== headline)
    notes.push(`the headline is cut to ${MAX_TITLE_LENGTH} characters in \`title\`; the body starts with it whole`);
  const media = mediaOf(source.slide, headline);
  if (media.note) notes.push(media.note);
  const group = typeof source.slide['group'] === 'string' ? source.slide['group'].trim() : '';
  const tag = kebabCase(group);
  if (group && !tag) notes.push(`the group "${group}" has no letters or digits to make a tag of`);
  const { date, end, approximate } = dates.when;
  const frontmatter = {
    title,
    date: date.written,
    ...(end ? { end: end.written } : {}),
    ...(approximate ? { approximate } : {}),
    summary: summaryOf(blocks, headline),
    actors: [],
    ...(tag ? { tags: [tag] } : {}),
    sources: [{ publisher: options.publisher }],
    ...(media.media ? { media: media.media } : {}),
    draft: true,
  };
  const problem = contentCheckProblem(rawEventSchema, frontmatter);
  if (problem) return { ok: false, reason: problem };
  const body = [title === headline ? '' : headline, htmlToMarkdown(textHtml), media.bodyMarkdown ?? '']
    .filter(Boolean)
    .join('\n\n');
  const uniqueId = typeof source.slide['unique_id'] === 'string' ? source.slide['unique_id'] : '';
  // A well-formed `unique_id` (ours, on a timeline exported from a site like this) keeps the event's address.
  const id = ID_PATTERN.test(uniqueId) ? uniqueId : `${datePrefix(date)}-${slugOf(headline) || 'event'}`;
  return {
    ok: true,
    id,
    folder: `events/${String(date.year).padStart(4, '0')}`,
    file: { position: source.position, collection: 'events', text: markdownFile(frontmatter, body), notes },
  };
}

/** An era entry (SPEC: title, date, end, summary, sources); eras have no `draft` field. */
function planEra(source: SourceSlide, options: ImportOptions): PlannedSlide {
  const dates = readSlideDates(source.slide);
  if (!dates.ok) return { ok: false, reason: `no usable date: ${dates.message}` };
  if (!dates.when.end) return { ok: false, reason: 'an era needs an end date (End Year / end_date)' };
  const { headline, textHtml, blocks } = contentOf(source.slide);
  if (!headline) return { ok: false, reason: 'the era has no headline to name it' };
  const frontmatter = {
    title: cutAtWord(headline, MAX_ERA_TITLE_LENGTH),
    date: dates.when.date.written,
    end: dates.when.end.written,
    summary: summaryOf(blocks, headline),
    sources: [{ publisher: options.publisher }],
  };
  const problem = contentCheckProblem(eraSchema, frontmatter);
  if (problem) return { ok: false, reason: problem };
  return {
    ok: true,
    id: slugOf(headline) || 'era',
    folder: 'eras',
    file: {
      position: source.position,
      collection: 'eras',
      text: markdownFile(frontmatter, htmlToMarkdown(textHtml)),
      notes: [],
    },
  };
}

/** Appends `-2`, `-3`… to an id taken by an earlier slide of the same file, so ids stay stable between runs. */
function uniqueWithin(id: string, taken: Set<string>): string {
  let candidate = id;
  for (let suffix = 2; taken.has(candidate); suffix += 1) candidate = `${id}-${suffix}`;
  taken.add(candidate);
  return candidate;
}

/** Every file the import would write and every slide it leaves out, with the reason. */
export function planImport(slides: readonly SourceSlide[], options: ImportOptions): ImportPlan {
  const plan: ImportPlan = { files: [], skipped: [] };
  const taken = { events: new Set<string>(), eras: new Set<string>() };
  for (const source of slides) {
    if (source.kind === 'title') {
      plan.skipped.push({
        position: source.position,
        reason: 'the title slide is the cover of a TimelineJS timeline, not an event',
      });
      continue;
    }
    if (source.problem) {
      plan.skipped.push({ position: source.position, reason: source.problem });
      continue;
    }
    const planned = source.kind === 'era' ? planEra(source, options) : planEvent(source, options);
    if (!planned.ok) {
      plan.skipped.push({ position: source.position, reason: planned.reason });
      continue;
    }
    const collection = planned.file.collection;
    const id = uniqueWithin(planned.id, taken[collection]);
    if (options.existingIds[collection].has(id)) {
      plan.skipped.push({
        position: source.position,
        reason: `an entry with the id \`${id}\` already exists in ${collection}/; it is not overwritten`,
      });
      continue;
    }
    plan.files.push({ ...planned.file, id, path: `${planned.folder}/${id}.md` });
  }
  return plan;
}
