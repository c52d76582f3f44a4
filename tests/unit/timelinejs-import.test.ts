import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { eventDate as date } from './fixtures';
import { rawEventSchema } from '../../src/lib/content-schemas';
import { toTimelineFile, type ExportEvent, type TimelineFile, type TimelineSlide } from '../../src/lib/timelinejs';
import {
  cutAtWord,
  kebabCase,
  parseSheetTime,
  planImport,
  readTimelineSource,
  summaryOf,
  type ImportPlan,
} from '../../src/lib/timelinejs-import';
import { runImport } from '../../src/lib/timelinejs-import-files';
import { toEventsCsv } from '../../src/lib/timelinejs-sheet';
import { temporaryFolder } from '../support/temporary-folders';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/timelinejs');
const NO_IDS = { events: new Set<string>(), eras: new Set<string>() };

function plan(fileName: string, text: string): ImportPlan {
  const read = readTimelineSource(fileName, text);
  if (!read.ok) throw new Error(read.message);
  return planImport(read.slides, { publisher: 'Knight Lab', existingIds: NO_IDS });
}

const planJson = (file: Partial<TimelineFile> & { events: unknown[] }) => plan('t.json', JSON.stringify(file));

function frontmatter(text: string): Record<string, unknown> {
  return loadYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as Record<string, unknown>;
}

const slide = (overrides: Partial<TimelineSlide> = {}): TimelineSlide => ({
  start_date: { year: 2022, month: 3, day: 18 },
  text: { headline: 'Macron calls Putin', text: '<p>They spoke. For long. Then hung up.</p>' },
  ...overrides,
});

describe('reading a file', () => {
  it('a file that is neither JSON nor a sheet is refused with the reason', () => {
    const broken = readTimelineSource('t.json', '{"events": [');
    expect(broken.ok ? '' : broken.message).toMatch(/^is not valid JSON/);
    const noEvents = readTimelineSource('t.json', '{"slides": []}');
    expect(noEvents.ok ? '' : noEvents.message).toContain('needs an object with an `events` list');
    const notSheet = readTimelineSource('t.csv', 'Name,Date\nAda,1815\n');
    expect(notSheet.ok ? '' : notSheet.message).toContain('it has no Year, Headline, Text column');
    const badQuotes = readTimelineSource('t.csv', 'Year,Headline,Text\n1991,"open,x\n');
    expect(badQuotes.ok ? '' : badQuotes.message).toMatch(/^is not a readable CSV file/);
  });

  it.each([
    ['14:30', { hour: 14, minute: 30 }],
    ['2:30 PM', { hour: 14, minute: 30 }],
    ['12:05 a.m.', { hour: 0, minute: 5 }],
    ['1430', { hour: 14, minute: 30 }],
    ['9', { hour: 9, minute: 0 }],
    ['23:59:59', { hour: 23, minute: 59 }],
  ])('the sheet time %s is %j', (text, expected) => {
    expect(parseSheetTime(text)).toEqual(expected);
  });

  it.each(['25:00', 'noon', '13:00 PM'])('the sheet time %s is refused', (text) => {
    expect(parseSheetTime(text)).toBeUndefined();
  });
});

describe('the Women in Computing sample that TimelineJS ships', () => {
  const fromJson = plan('w.json', readFileSync(path.join(FIXTURES, 'women_in_computing.json'), 'utf8'));
  const fromCsv = plan('w.csv', readFileSync(path.join(FIXTURES, 'women_in_computing.csv'), 'utf8'));

  it('gives one draft per slide and skips the title slide, saying where it was', () => {
    expect(fromJson.files).toHaveLength(10);
    expect(fromJson.skipped).toEqual([
      { position: 'title', reason: 'the title slide is the cover of a TimelineJS timeline, not an event' },
    ]);
    expect(fromCsv.skipped.map(({ position }) => position)).toEqual(['row 2']);
  });

  it('gives the same entries from the JSON file and from the sheet', () => {
    expect(fromCsv.files.map(({ path: file, text }) => [file, text])).toEqual(
      fromJson.files.map(({ path: file, text }) => [file, text]),
    );
  });

  it('keeps each date at its precision: a year stays a year', () => {
    const dates = fromJson.files.map(({ text }) => [frontmatter(text)['date'], frontmatter(text)['end']]);
    expect(dates).toEqual([
      ['1815-12-10', '1852-11-27'],
      ['1948-03-14', undefined],
      ['1943-07', '1946'],
      ['1943-06-05', undefined],
      ['1951', undefined],
      ['1952', undefined],
      ['1956', '1962'],
      ['1958', undefined],
      ['1972', undefined],
      ['1985', undefined],
    ]);
  });

  it('writes entries the content check accepts, as drafts with the publisher as source', () => {
    for (const { text, path: file } of fromJson.files) {
      const data = frontmatter(text);
      expect(rawEventSchema.safeParse(data).success, file).toBe(true);
      expect(data).toMatchObject({ draft: true, actors: [], sources: [{ publisher: 'Knight Lab' }] });
    }
    expect(fromJson.files[0]?.path).toBe('events/1815/1815-12-10-ada-lovelace.md');
  });

  it('keeps links as Markdown in the body and https:// media as media', () => {
    const [ada] = fromJson.files;
    expect(ada?.text).toContain('[Ada Lovelace](https://en.wikipedia.org/wiki/Ada_Lovelace)');
    expect(frontmatter(ada?.text ?? '')['media']).toEqual({
      src: 'https://upload.wikimedia.org/wikipedia/commons/thumb/a/a4/Ada_Lovelace_portrait.jpg/713px-Ada_Lovelace_portrait.jpg',
      alt: 'Portrait by Alfred Edward Chalon',
      credit: 'Wikimedia Commons',
      caption: 'Portrait by Alfred Edward Chalon',
    });
  });

  it('moves a quote given as media into the body and says so', () => {
    const clarke = fromJson.files[1];
    expect(clarke?.text).toContain('> There is no demand for women engineers');
    expect(clarke?.notes).toEqual(['the media field held HTML: it is in the body now']);
    expect(frontmatter(clarke?.text ?? '')['summary']).toBe('Edith Clarke: Bucking the Trend');
  });
});

describe('entries', () => {
  it('cuts a headline over 160 characters at a word for the title and keeps it whole in the body', () => {
    const headline = `${'word '.repeat(40)}end`;
    const [file] = planJson({ events: [slide({ text: { headline, text: '' } })] }).files;
    const title = frontmatter(file?.text ?? '')['title'] as string;
    expect(title.length).toBeLessThanOrEqual(160);
    expect(title).toMatch(/^word( word)*…$/);
    expect(file?.text).toContain(`\n${headline}\n`);
    expect(file?.notes[0]).toContain('the headline is cut to 160 characters');
  });

  it('summarises with the first sentence or two of the text, within 400 characters', () => {
    expect(summaryOf(['They spoke. For long. Then hung up.'], 'H')).toBe('They spoke. For long.');
    expect(summaryOf([`${'a'.repeat(300)}. B${'b'.repeat(200)}.`], 'H')).toBe(`${'a'.repeat(300)}.`);
    expect(summaryOf([], 'The headline')).toBe('The headline');
    expect(summaryOf([`${'long '.repeat(100)}.`], 'H').length).toBeLessThanOrEqual(400);
  });

  it('makes ids from the date and the headline, the same on every run, unique within the file', () => {
    const twice = planJson({ events: [slide(), slide()] });
    expect(twice.files.map(({ id }) => id)).toEqual([
      '2022-03-18-macron-calls-putin',
      '2022-03-18-macron-calls-putin-2',
    ]);
    expect(planJson({ events: [slide(), slide()] }).files.map(({ id }) => id)).toEqual(twice.files.map(({ id }) => id));
  });

  it('keeps a well-formed unique_id as the id', () => {
    expect(planJson({ events: [slide({ unique_id: 'macron-call' })] }).files[0]?.id).toBe('macron-call');
    expect(planJson({ events: [slide({ unique_id: 'Not An Id!' })] }).files[0]?.id).toBe(
      '2022-03-18-macron-calls-putin',
    );
  });

  it('makes the group a well-formed tag', () => {
    expect(kebabCase('Rózsa Péter’s «Recursion» & co.')).toBe('rozsa-peters-recursion-co');
    const [file] = planJson({ events: [slide({ group: 'Women in Science' })] }).files;
    expect(frontmatter(file?.text ?? '')['tags']).toEqual(['women-in-science']);
  });

  it('reports media that is not an https:// address and leaves it out', () => {
    const [file] = planJson({ events: [slide({ media: { url: 'http://example.com/a.jpg' } })] }).files;
    expect(frontmatter(file?.text ?? '')).not.toHaveProperty('media');
    expect(file?.notes[0]).toContain('media "http://example.com/a.jpg" was not imported: only https:// addresses are');
  });

  it('skips slides without a usable date, naming the slide and the problem; BCE years say so', () => {
    const result = planJson({
      events: [
        slide({ start_date: { year: -44, month: 3, day: 15 } }),
        slide({ start_date: { year: 2022, month: 2, day: 30 } }),
        { text: { headline: 'No date' } },
        slide(),
      ],
    });
    expect(result.files.map(({ position }) => position)).toEqual(['events[3]']);
    expect(result.skipped).toEqual([
      {
        position: 'events[0]',
        reason:
          "no usable date: start_date.year -44 is before the year 1 (BCE); this site's dates run from 0001 to 9999",
      },
      { position: 'events[1]', reason: expect.stringContaining('February 2022 has 28 days') as string },
      { position: 'events[2]', reason: 'no usable date: start_date is missing' },
    ]);
  });

  it('turns eras (JSON eras or sheet rows of Type era) into era entries', () => {
    const sheet =
      'Year,Month,Day,End Year,End Month,Headline,Text,Type\n2022,2,24,2022,4,The battle for Kyiv,<p>Russia tried to take the capital.</p>,era\n';
    const [era] = plan('e.csv', sheet).files;
    expect(era?.path).toBe('eras/the-battle-for-kyiv.md');
    expect(frontmatter(era?.text ?? '')).toEqual({
      title: 'The battle for Kyiv',
      date: '2022-02-24',
      end: '2022-04',
      summary: 'Russia tried to take the capital.',
      sources: [{ publisher: 'Knight Lab' }],
    });
    const noEnd = planJson({ events: [], eras: [{ start_date: { year: 2022 }, text: { headline: 'X' } } as never] });
    expect(noEnd.skipped[0]?.reason).toBe('an era needs an end date (End Year / end_date)');
  });

  it('cuts text at a word', () => {
    expect(cutAtWord('one two three', 9)).toBe('one two…');
    expect(cutAtWord('short', 9)).toBe('short');
  });
});

describe('npm run import', () => {
  const sample = path.join(FIXTURES, 'women_in_computing.json');

  it('writes the files and reports each slide by its position', () => {
    const out = temporaryFolder('import-');
    const outcome = runImport({ file: sample, publisher: 'Knight Lab', outDir: out });
    expect(outcome.exitCode).toBe(0);
    expect(outcome.lines[0]).toBe(
      'title: skipped, the title slide is the cover of a TimelineJS timeline, not an event',
    );
    expect(outcome.lines[1]).toBe(`events[0]: wrote ${path.join(out, 'events/1815/1815-12-10-ada-lovelace.md')}`);
    expect(outcome.lines.at(-1)).toBe('10 files written, 1 slide skipped');
    expect(
      readdirSync(path.join(out, 'events'), { recursive: true }).filter((name) => String(name).endsWith('.md')),
    ).toHaveLength(10);
  });

  it('never overwrites an entry with the same id, wherever it is in the folder', () => {
    const out = temporaryFolder('import-');
    mkdirSync(path.join(out, 'events/elsewhere'), { recursive: true });
    writeFileSync(path.join(out, 'events/elsewhere/1815-12-10-ada-lovelace.md'), 'mine');
    const outcome = runImport({ file: sample, publisher: 'Knight Lab', outDir: out });
    expect(readFileSync(path.join(out, 'events/elsewhere/1815-12-10-ada-lovelace.md'), 'utf8')).toBe('mine');
    expect(existsSync(path.join(out, 'events/1815'))).toBe(false);
    expect(outcome.lines).toContain(
      'events[0]: skipped, an entry with the id `1815-12-10-ada-lovelace` already exists in events/; it is not overwritten',
    );
  });

  it('writes nothing from a file it cannot parse', () => {
    const out = temporaryFolder('import-');
    const broken = path.join(out, 'broken.json');
    writeFileSync(broken, '{"events": [{"start_date": {"year": 1991}}, ');
    const outcome = runImport({ file: broken, publisher: 'Knight Lab', outDir: out });
    expect(outcome.exitCode).toBe(1);
    expect(outcome.lines[0]).toMatch(/^Nothing imported from .*broken\.json: is not valid JSON/);
    expect(readdirSync(out)).toEqual(['broken.json']);
  });
});

describe('round trip', () => {
  const labels = { fullAccount: 'Full account', sources: 'Sources:' };
  const events: ExportEvent[] = [
    ['a', '1991', undefined, false],
    ['b', '2022-03', undefined, true],
    ['c', '2022-03-19', '2022-03-21', false],
    ['d', '2022-03-21T23:30+03:00', undefined, false],
  ].map(([id, start, end, approximate]) => ({
    id: id as string,
    url: `https://example.org/events/${id as string}/`,
    title: `Headline of ${id as string}, with "quotes" & more`,
    date: date(start as string),
    end: end ? date(end as string) : undefined,
    approximate: approximate as boolean,
    summary: 'First sentence. Second sentence.',
    tags: ['diplomacy'],
    sources: [{ publisher: 'Reuters', url: 'https://reuters.com/x' }],
  }));

  /**
   * Export, import the export, export the imported entries again. TimelineJS has no field for
   * sources: the import keeps them in the body as text and gives each entry the `--publisher`
   * source, so the slides' texts are compared up to their list of sources.
   */
  function roundTrip(serialise: (file: TimelineFile) => [string, string]) {
    const first = toTimelineFile({ title: { headline: 'T', text: 'x' }, events, eras: [], labels });
    const [name, text] = serialise(first);
    const files = plan(name, text).files;
    const imported = files.map(({ id, text: markdown }) => ({
      ...rawEventSchema.parse(frontmatter(markdown)),
      id,
      url: `https://example.org/events/${id}/`,
    }));
    const second = toTimelineFile({ title: { headline: 'T', text: 'x' }, events: imported, eras: [], labels });
    const withoutSources = (slides: TimelineSlide[]) =>
      asData(
        slides.map((slide) => ({ ...slide, text: { ...slide.text, text: slide.text?.text?.split('<p>Sources:')[0] } })),
      );
    expect(withoutSources(second.events)).toEqual(withoutSources(first.events));
    expect(second.events[0]?.text?.text).toContain('<p>Sources: Knight Lab</p>');
    expect(files[0]?.text).toContain('Sources: [Reuters](https://reuters.com/x)');
  }

  it('JSON: export, import, export gives the same slides (dates, headlines, texts)', () => {
    roundTrip((file) => ['t.json', JSON.stringify(file)]);
  });

  it('CSV: export, import, export gives the same slides (dates, headlines, texts)', () => {
    roundTrip(() => [
      't.csv',
      toEventsCsv({
        title: { headline: 'T', text: 'x' },
        events: events.map((event) => ({ ...event, actors: [], places: [] })),
        eras: [],
        labels,
      }),
    ]);
  });
});

/** Slides compared as data, as a JSON reader sees them. */
const asData = (slides: unknown) => JSON.parse(JSON.stringify(slides)) as unknown;
