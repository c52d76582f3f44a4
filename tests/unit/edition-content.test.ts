/**
 * The edition's content: the diplomacy of Russia's full-scale invasion of Ukraine, 21 February 2022
 * to 31 December 2024. The build accepts any well-formed content (SPEC.md); these are the edition's
 * own rules, with the tag vocabulary and the context entries read from the editorial guide.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { EventDate } from '../../src/lib/event-date';
import { formatProblems, validateContent } from '../../src/lib/content-validation';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CONTENT_DIR = path.join(ROOT, 'content');
const GUIDE_FILE = 'README.md';

const EDITION_START = '2022-02-21';
const EDITION_END = '2024-12-31';
const MINIMUM = { events: 200, actors: 40, places: 25 } as const;
/** Sources a reader can find: the share that carries an address. */
const ADDRESSED_SOURCE_SHARE = 0.95;
/** "About one event in six" is a key event. */
const KEY_EVENT_SHARE = { min: 0.1, max: 0.25 } as const;

type EntryKind = 'actors' | 'places';

/** The lines of one `## heading` section, without fenced code blocks (examples are not entries). */
function sectionLines(markdown: string, heading: string): string[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((line) => line.trim() === `## ${heading}`);
  if (start === -1) return [];
  const section: string[] = [];
  let inFence = false;
  for (const line of lines.slice(start + 1)) {
    if (!inFence && /^##\s/.test(line)) break;
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (!inFence) section.push(line);
  }
  return section;
}

/** Rows of the `| tag | meaning |` table: tag to meaning. */
function readVocabulary(markdown: string): Map<string, string> {
  const vocabulary = new Map<string, string>();
  for (const line of sectionLines(markdown, 'Tag vocabulary')) {
    const cells = /^\s*\|(.*)\|\s*$/.exec(line)?.[1]?.split('|') ?? [];
    const [tagCell = '', meaningCell = ''] = cells.map((cell) => cell.trim());
    const tag = tagCell.replace(/^`|`$/g, '');
    if (tag === '' || tag === 'tag' || /^:?-+:?$/.test(tag)) continue;
    vocabulary.set(tag, meaningCell);
  }
  return vocabulary;
}

/** List items of the form `` - `actors/<id>`: reason ``. */
function readContextEntries(markdown: string): { kind: EntryKind; id: string; reason: string }[] {
  return sectionLines(markdown, 'Context entries').flatMap((line) => {
    const match = /^\s*[-*]\s+`(actors|places)\/([^`]+)`[\s:–—-]*(.*)$/.exec(line);
    const [, kind, id, reason = ''] = match ?? [];
    return kind === 'actors' || kind === 'places' ? [{ kind, id: id ?? '', reason: reason.trim() }] : [];
  });
}

/** `YYYY-MM-DD` of the first and the last calendar day a date covers, at its written precision. */
function daysCovered(date: EventDate): { first: string; last: string } {
  const pad = (value: number) => String(value).padStart(2, '0');
  const lastDayOfMonth = (month: number) => new Date(Date.UTC(date.year, month, 0)).getUTCDate();
  const firstMonth = date.month ?? 1;
  const lastMonth = date.month ?? 12;
  return {
    first: `${date.year}-${pad(firstMonth)}-${pad(date.day ?? 1)}`,
    last: `${date.year}-${pad(lastMonth)}-${pad(date.day ?? lastDayOfMonth(lastMonth))}`,
  };
}

const { problems, index } = validateContent(CONTENT_DIR);
const events = index.events.filter((event) => !event.data.draft);
const guide = readFileSync(path.join(ROOT, GUIDE_FILE), 'utf8');
const vocabulary = readVocabulary(guide);
const contextEntries = readContextEntries(guide);

describe('the edition (Russia–Ukraine diplomacy, 2022–2024)', () => {
  it('passes content validation without problems', () => {
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it(`has at least ${MINIMUM.events} events, ${MINIMUM.actors} actors and ${MINIMUM.places} places`, () => {
    expect(events.length).toBeGreaterThanOrEqual(MINIMUM.events);
    expect(index.actors.length).toBeGreaterThanOrEqual(MINIMUM.actors);
    expect(index.places.length).toBeGreaterThanOrEqual(MINIMUM.places);
  });

  it(`dates every event between ${EDITION_START} and ${EDITION_END}`, () => {
    const outside = events.flatMap(({ file, data }) => {
      const start = daysCovered(data.date);
      const last = data.end ? daysCovered(data.end).last : start.last;
      return start.first < EDITION_START || last > EDITION_END
        ? [`${file}: ${data.date.written}${data.end ? ` to ${data.end.written}` : ''} is outside the edition`]
        : [];
    });
    expect(outside).toEqual([]);
  });

  it(`documents a tag vocabulary in ${GUIDE_FILE}, one meaning per tag`, () => {
    expect(
      vocabulary.size,
      `no "## Tag vocabulary" table with | tag | meaning | rows in ${GUIDE_FILE}`,
    ).toBeGreaterThan(0);
    const undocumented = [...vocabulary].filter(([, meaning]) => meaning === '').map(([tag]) => tag);
    expect(undocumented, `tags without a meaning in ${GUIDE_FILE}`).toEqual([]);
  });

  it(`uses only tags from the vocabulary in ${GUIDE_FILE}`, () => {
    const unknown = events.flatMap(({ file, data }) =>
      data.tags
        .filter((tag) => !vocabulary.has(tag))
        .map((tag) => `${file}: tag "${tag}" is not in the "Tag vocabulary" table of ${GUIDE_FILE}`),
    );
    expect(unknown).toEqual([]);
  });

  it(`names every actor and place in an event, unless ${GUIDE_FILE} lists it as a context entry`, () => {
    const named = {
      actors: new Set(events.flatMap(({ data }) => data.actors)),
      places: new Set(events.flatMap(({ data }) => data.places)),
    };
    const context = new Set(contextEntries.map(({ kind, id }) => `${kind}/${id}`));
    const unnamed = (['actors', 'places'] as const).flatMap((kind) =>
      index[kind]
        .filter(({ id }) => !named[kind].has(id) && !context.has(`${kind}/${id}`))
        .map(
          ({ file, id }) =>
            `${file}: no event names \`${id}\`; add it to an event where it belongs, delete the file, or list \`${kind}/${id}\` under "Context entries" in ${GUIDE_FILE}`,
        ),
    );
    expect(unnamed).toEqual([]);
  });

  it(`lists only existing actors and places, each with a reason, as context entries in ${GUIDE_FILE}`, () => {
    const known = new Set([
      ...index.actors.map(({ id }) => `actors/${id}`),
      ...index.places.map(({ id }) => `places/${id}`),
    ]);
    const stale = contextEntries
      .filter(({ kind, id, reason }) => !known.has(`${kind}/${id}`) || reason === '')
      .map(({ kind, id }) => `${GUIDE_FILE}: context entry \`${kind}/${id}\` has no file in content/ or no reason`);
    expect(stale).toEqual([]);
  });

  it('cites at least one source for every event, each with a publisher and a title', () => {
    const unsourced = events.flatMap(({ file, data }) => {
      if (data.sources.length === 0) return [`${file}: no sources`];
      return data.sources
        .map((source, position) => ({ source, position }))
        .filter(({ source }) => source.publisher.trim() === '' || (source.title ?? '').trim() === '')
        .map(({ position }) => `${file}: sources[${position}] needs both a publisher and a title`);
    });
    expect(unsourced).toEqual([]);
  });

  it('gives every event a source with an address, and an address to at least 95 % of all sources', () => {
    const withoutAddress = events
      .filter(({ data }) => !data.sources.some((source) => source.url))
      .map(({ file }) => `${file}: no source has a url; add the address the report was found at`);
    expect(withoutAddress).toEqual([]);
    const sources = events.flatMap(({ data }) => data.sources);
    const addressed = sources.filter((source) => source.url).length;
    expect(
      addressed / sources.length,
      `${addressed} of ${sources.length} sources have an address`,
    ).toBeGreaterThanOrEqual(ADDRESSED_SOURCE_SHARE);
  });

  it('gives no two events the same headline', () => {
    const files = new Map<string, string[]>();
    for (const { file, data } of events) files.set(data.title, [...(files.get(data.title) ?? []), file]);
    const shared = [...files]
      .filter(([, named]) => named.length > 1)
      .map(([title, named]) => `${title}: ${named.join(', ')}`);
    expect(shared).toEqual([]);
  });

  it('gives every place its coordinates', () => {
    const withoutCoordinates = index.places
      .filter(({ data }) => data.coordinates === undefined)
      .map(({ file }) => `${file}: add coordinates: [latitude, longitude]`);
    expect(withoutCoordinates).toEqual([]);
  });

  it(`marks about one event in six as a key event (importance 3)`, () => {
    const keyEvents = events.filter(({ data }) => data.importance === 3).length;
    const share = keyEvents / events.length;
    const description = `${keyEvents} of ${events.length} events (${(share * 100).toFixed(1)}%) have importance 3`;
    expect(share, description).toBeGreaterThanOrEqual(KEY_EVENT_SHARE.min);
    expect(share, description).toBeLessThanOrEqual(KEY_EVENT_SHARE.max);
  });
});
