import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, validateContent, type ContentProblem } from '../../src/lib/content-validation';
import { temporaryFolder } from '../support/temporary-folders';

/** Frontmatter as raw YAML snippets by field, in order; `undefined` leaves a field out. */
type Fields = Record<string, string | undefined>;

function markdown(fields: Fields, body = 'The full account.'): string {
  const lines = Object.entries(fields)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${value}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}\n`;
}

const EVENT_FILE = 'events/2022/2022-03-19-macron-putin-call.md';

const validEvent: Fields = {
  title: 'Macron and Putin speak by phone',
  date: "'2022-03-19'",
  summary: 'The French and Russian presidents spoke for over an hour about a ceasefire.',
  actors: '[emmanuel-macron, vladimir-putin]',
  places: '[mariupol]',
  tags: '[diplomacy]',
  sources: '\n  - publisher: Reuters\n    title: Macron and Putin talk\n    url: https://www.reuters.com/world/example',
};

const validActor: Fields = {
  name: 'Emmanuel Macron',
  kind: 'person',
  role: 'President of France',
  country: 'FR',
  aliases: '[Macron, Эммануэль Макрон]',
  wikidata: 'Q3052772',
};

const validPlace: Fields = {
  name: 'Mariupol',
  kind: 'city',
  country: 'UA',
  coordinates: '[47.0958, 37.5494]',
  aliases: '[Маріуполь]',
  wikidata: 'Q156928',
};

/** A complete, valid content folder; each test changes one thing in it. */
const baseFiles: Record<string, string> = {
  [EVENT_FILE]: markdown(validEvent),
  'events/2022/2022-03-21-zelenskyy-address.md': markdown({
    ...validEvent,
    title: 'Zelenskyy addresses the nation',
    date: '2022-03-21T23:30+03:00',
    actors: '[volodymyr-zelenskyy]',
    places: '[kyiv]',
    tags: undefined,
  }),
  'actors/emmanuel-macron.md': markdown(validActor),
  'actors/vladimir-putin.md': markdown({ name: 'Vladimir Putin', kind: 'person', country: 'RU', aliases: '[Putin]' }),
  'actors/volodymyr-zelenskyy.md': markdown({
    name: 'Volodymyr Zelenskyy',
    kind: 'person',
    aliases: '[Zelensky, Zelenskiy, Зеленський]',
  }),
  'places/mariupol.md': markdown(validPlace),
  'places/kyiv.md': markdown({ name: 'Kyiv', kind: 'city', country: 'UA', aliases: '[Kiev, Київ]' }),
};

/** Writes `baseFiles` with `changes` applied (`undefined` removes a file) into a fresh temp folder. */
function contentFolder(changes: Record<string, string | undefined> = {}): string {
  const root = temporaryFolder('timeline-content-');
  const contentDir = path.join(root, 'content');
  for (const [file, text] of Object.entries({ ...baseFiles, ...changes })) {
    if (text === undefined) continue;
    const target = path.join(contentDir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return contentDir;
}

function problemsIn(changes: Record<string, string | undefined>): { contentDir: string; problems: ContentProblem[] } {
  const contentDir = contentFolder(changes);
  return { contentDir, problems: validateContent(contentDir).problems };
}

/** The problems for one changed event, with its file checked to be named in each. */
function eventProblems(fields: Fields): ContentProblem[] {
  const { contentDir, problems } = problemsIn({ [EVENT_FILE]: markdown({ ...validEvent, ...fields }) });
  expect(problems.length, formatProblems(problems)).toBeGreaterThan(0);
  for (const problem of problems) expect(problem.file).toBe(path.join(contentDir, EVENT_FILE));
  return problems;
}

function actorProblems(fields: Fields): ContentProblem[] {
  return problemsIn({ 'actors/emmanuel-macron.md': markdown({ ...validActor, ...fields }) }).problems;
}

function placeProblems(fields: Fields): ContentProblem[] {
  return problemsIn({ 'places/mariupol.md': markdown({ ...validPlace, ...fields }) }).problems;
}

describe('validateContent on good content', () => {
  it('finds no problems in a valid folder and indexes every entry', () => {
    const { problems, index } = validateContent(contentFolder());
    expect(problems).toEqual([]);
    expect(index.events.map(({ id }) => id).sort()).toEqual([
      '2022-03-19-macron-putin-call',
      '2022-03-21-zelenskyy-address',
    ]);
    expect(index.actors).toHaveLength(3);
    expect(index.places).toHaveLength(2);
  });

  it('accepts an actor and a place that no event names yet', () => {
    const { problems, index } = validateContent(
      contentFolder({
        'actors/olaf-scholz.md': markdown({ name: 'Olaf Scholz', kind: 'person', country: 'DE' }),
        'places/odesa.md': markdown({ name: 'Odesa', kind: 'city' }),
      }),
    );
    expect(problems).toEqual([]);
    expect(index.actors.map(({ id }) => id)).toContain('olaf-scholz');
    expect(index.places.map(({ id }) => id)).toContain('odesa');
  });

  it('accepts any well-formed tag, not only a fixed vocabulary', () => {
    const { problems } = problemsIn({
      [EVENT_FILE]: markdown({ ...validEvent, tags: '[brand-new-topic, grain-deal-2022, x]' }),
    });
    expect(problems).toEqual([]);
  });

  it('accepts every date form, quoted or not, and reads each as written', () => {
    const forms = [
      ['1991', '1991', 'year'],
      ["'2022'", '2022', 'year'],
      ['2022-03', '2022-03', 'month'],
      ['2022-03-19', '2022-03-19', 'day'],
      ["'2022-03-19'", '2022-03-19', 'day'],
      ['2024-02-29', '2024-02-29', 'day'],
      ['2022-03-21T23:30+03:00', '2022-03-21T23:30+03:00', 'time'],
      ['2022-03-21T23:30Z', '2022-03-21T23:30Z', 'time'],
      ["'2022-03-21T14:30'", '2022-03-21T14:30', 'time'],
    ] as const;
    const changes = Object.fromEntries(
      forms.map(([yaml], position) => [`events/forms/form-${position}.md`, markdown({ ...validEvent, date: yaml })]),
    );
    const { problems, index } = validateContent(contentFolder(changes));
    expect(problems).toEqual([]);
    forms.forEach(([yaml, written, precision], position) => {
      const entry = index.events.find(({ id }) => id === `form-${position}`);
      expect(entry?.data.date, yaml).toMatchObject({ written, precision });
    });
  });

  it('accepts every optional event field', () => {
    const { problems, index } = validateContent(
      contentFolder({
        [EVENT_FILE]: markdown({
          ...validEvent,
          date: '2022-03-10',
          end: '2022-03-11',
          approximate: 'true',
          importance: '3',
          draft: 'false',
          sources: '\n  - publisher: AP\n    date: 2022-03-12',
        }),
      }),
    );
    expect(problems).toEqual([]);
    const entry = index.events.find(({ file }) => file.endsWith(EVENT_FILE));
    expect(entry?.data).toMatchObject({ approximate: true, importance: 3, end: { written: '2022-03-11' } });
  });

  it('skips the files editors tools leave behind, such as README.md and .DS_Store', () => {
    const { problems } = problemsIn({ 'events/README.md': '# Notes for editors\n', 'events/.DS_Store': '\u0000' });
    expect(problems).toEqual([]);
  });
});

describe('validateContent on bad content (SPEC "Bad content")', () => {
  it('an unknown actor id names the file and field and suggests the nearest id', () => {
    const [problem, ...others] = eventProblems({ actors: '[emanuel-macron, vladimir-putin]' });
    expect(others).toEqual([]);
    expect(problem?.field).toBe('actors[0]');
    expect(problem?.message).toContain('unknown actor id `emanuel-macron`');
    expect(problem?.message).toContain('Did you mean `emmanuel-macron`?');
  });

  it('an unknown actor id written as a name or alias suggests the actor with that name', () => {
    const [problem] = eventProblems({ actors: '[zelensky]' });
    expect(problem?.message).toContain('Did you mean `volodymyr-zelenskyy`?');
  });

  it('an unknown place id names the file and field and suggests the nearest id', () => {
    const [problem, ...others] = eventProblems({ places: '[mariupl]' });
    expect(others).toEqual([]);
    expect(problem?.field).toBe('places[0]');
    expect(problem?.message).toContain('unknown place id `mariupl`');
    expect(problem?.message).toContain('Did you mean `mariupol`?');
  });

  it('an unknown id is reported even when the event has other problems', () => {
    const problems = eventProblems({ actors: '[emanuel-macron]', sources: undefined });
    expect(problems.map(({ field }) => field).sort()).toEqual(['actors[0]', 'sources']);
  });

  it('a malformed date names the field and the supported forms', () => {
    const [problem] = eventProblems({ date: 'March 19, 2022' });
    expect(problem?.field).toBe('date');
    expect(problem?.message).toMatch(/"March 19, 2022" is not a date in a supported form; write it as YYYY-MM-DD/);
  });

  it('an impossible quoted date is an error', () => {
    const [problem] = eventProblems({ date: "'2022-02-30'" });
    expect(problem?.field).toBe('date');
    expect(problem?.message).toMatch(/"2022-02-30" is not a real calendar date: February 2022 has 28 days/);
  });

  it('an impossible unquoted date is an error too, not silently read as 2 March', () => {
    const [problem] = eventProblems({ date: '2022-02-30' });
    expect(problem?.field).toBe('date');
    expect(problem?.message).toMatch(/"2022-02-30" is not a real calendar date/);
  });

  it('29 February is an error in a common year', () => {
    const [problem] = eventProblems({ date: '2023-02-29' });
    expect(problem?.message).toMatch(/February 2023 has 28 days/);
  });

  it('a missing date is an error', () => {
    const [problem] = eventProblems({ date: undefined });
    expect(problem?.field).toBe('date');
    expect(problem?.message).toMatch(/required/);
  });

  it('an `end` before `date` names the `end` field and both dates', () => {
    const [problem] = eventProblems({ date: '2022-03-19', end: '2022-03-18' });
    expect(problem?.field).toBe('end');
    expect(problem?.message).toContain('2022-03-18 is before the start date 2022-03-19');
  });

  it('an unknown field inside a source is named with its path and compared with the source fields', () => {
    const problem = eventProblems({ sources: '\n  - publsher: Reuters\n    title: Talks' }).find(({ field }) =>
      field?.includes('publsher'),
    );
    expect(problem?.field).toBe('sources.0.publsher');
    expect(problem?.message).toContain('did you mean `publisher`?');
    expect(problem?.message).toContain('allowed fields: publisher, title, url, date');
  });

  it('a source URL must be a web address', () => {
    const [problem] = eventProblems({ sources: '\n  - publisher: Reuters\n    url: javascript:alert(1)' });
    expect(problem).toMatchObject({
      field: 'sources.0.url',
      message: '"javascript:alert(1)" must be an http:// or https:// address',
    });
  });

  it('a source URL that is no address at all names the file and field instead of crashing', () => {
    const problems = eventProblems({ sources: '\n  - publisher: Reuters\n    url: not a url' });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      field: 'sources.0.url',
      message: expect.stringContaining('"not a url" is not an absolute URL'),
    });
  });

  it('empty frontmatter reports each missing field instead of nothing', () => {
    const { problems } = problemsIn({ [EVENT_FILE]: '---\n---\nBody.\n' });
    expect(problems.map(({ field }) => field)).toEqual(
      expect.arrayContaining(['title', 'date', 'summary', 'actors', 'sources']),
    );
  });

  it('a closing `---` is a line of its own: a title ending in dashes stays in the frontmatter', () => {
    const { problems } = problemsIn({ [EVENT_FILE]: markdown({ ...validEvent, title: 'Talks end---' }) });
    expect(problems).toEqual([]);
  });

  it('a missing `sources` is an error', () => {
    const [problem] = eventProblems({ sources: undefined });
    expect(problem).toMatchObject({ field: 'sources', message: 'is required but missing' });
  });

  it('an empty `sources` list is an error that says what to add', () => {
    const [problem] = eventProblems({ sources: '[]' });
    expect(problem?.field).toBe('sources');
    expect(problem?.message).toMatch(/needs at least 1 item.*publisher/);
  });

  it('a source without a publisher is an error', () => {
    const [problem] = eventProblems({ sources: '\n  - title: A report' });
    expect(problem?.field).toBe('sources.0.publisher');
  });

  it('a missing `actors` is an error, while an empty list is fine', () => {
    const [problem] = eventProblems({ actors: undefined });
    expect(problem).toMatchObject({ field: 'actors', message: 'is required but missing' });
    expect(problemsIn({ [EVENT_FILE]: markdown({ ...validEvent, actors: '[]' }) }).problems).toEqual([]);
  });

  it('an unknown field names it and suggests the nearest field', () => {
    const problems = eventProblems({ summary: undefined, summry: validEvent.summary });
    const unknown = problems.find(({ field }) => field === 'summry');
    expect(unknown?.message).toContain('unknown field `summry` (did you mean `summary`?)');
    expect(problems.find(({ field }) => field === 'summary')?.message).toBe('is required but missing');
  });

  it('an unknown actor field suggests the nearest actor field', () => {
    const [problem] = actorProblems({ aliasses: '[Macron]', aliases: undefined });
    expect(problem?.field).toBe('aliasses');
    expect(problem?.message).toContain('(did you mean `aliases`?)');
  });

  it('a title over 160 characters is an error', () => {
    const [problem] = eventProblems({ title: 'x'.repeat(161) });
    expect(problem?.field).toBe('title');
    expect(problem?.message).toMatch(/longer than 160 characters/);
  });

  it('an entry language must be a BCP 47 code, and a well-formed one is accepted', () => {
    const [problem] = eventProblems({ lang: 'French' });
    expect(problem).toMatchObject({
      field: 'lang',
      message: 'is not a BCP 47 language code: write one such as `fr`, `uk`, `ar` or `pt-BR`',
    });
    expect(problemsIn({ [EVENT_FILE]: markdown({ ...validEvent, lang: 'pt-BR' }) }).problems).toEqual([]);
  });

  it('an importance other than 1, 2 or 3 is an error', () => {
    const [problem] = eventProblems({ importance: '5' });
    expect(problem).toMatchObject({ field: 'importance', message: 'must be 1 (minor), 2 (default) or 3 (key event)' });
  });

  it('the same id in two folders is an error naming both files', () => {
    const { contentDir, problems } = problemsIn({
      'events/archive/2022-03-19-macron-putin-call.md': markdown({ ...validEvent, title: 'A copy' }),
    });
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.message).toContain('same event id `2022-03-19-macron-putin-call`');
    const files = [problem?.file, problem?.message].join(' ');
    expect(files).toContain(path.join(contentDir, EVENT_FILE));
    expect(files).toContain(path.join(contentDir, 'events/archive/2022-03-19-macron-putin-call.md'));
  });

  it('the same actor id twice is an error', () => {
    const { problems } = problemsIn({ 'actors/people/emmanuel-macron.md': markdown(validActor) });
    expect(problems.map(({ message }) => message)).toEqual([
      expect.stringContaining('same actor id `emmanuel-macron`'),
    ]);
  });

  it('a file name that is not a valid id is an error that proposes a valid name', () => {
    const { contentDir, problems } = problemsIn({ 'events/2022/Macron_Putin Call.md': markdown(validEvent) });
    expect(problems).toEqual([
      {
        file: path.join(contentDir, 'events/2022/Macron_Putin Call.md'),
        message: expect.stringContaining(
          'file name `Macron_Putin Call` is not a valid id: rename it to `macron-putin-call.md`',
        ) as string,
      },
    ]);
  });

  it('a file that is not Markdown in a collection folder is an error, not skipped', () => {
    const { contentDir, problems } = problemsIn({ 'events/2022/notes.txt': 'remember to add the sources' });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(path.join(contentDir, 'events/2022/notes.txt'));
    expect(problems[0]?.message).toMatch(/is not a Markdown file: event files end in `\.md`/);
  });

  it('a stray folder in content/ is an error that suggests the collection folder meant', () => {
    const { contentDir, problems } = problemsIn({ 'event/2022-03-20-lost.md': markdown(validEvent) });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(path.join(contentDir, 'event'));
    expect(problems[0]?.message).toMatch(/is not a content folder, so nothing in it would be published/);
    expect(problems[0]?.message).toContain('(did you mean `events`?)');
  });

  it('a file without frontmatter or with broken YAML is an error, not skipped', () => {
    const { problems } = problemsIn({
      'events/2022/no-frontmatter.md': 'Just a body.\n',
      'events/2022/broken-yaml.md': '---\ntitle: [unclosed\n---\n',
    });
    expect(problems.map(({ file, message }) => [path.basename(file), message])).toEqual([
      ['broken-yaml.md', expect.stringMatching(/frontmatter is not valid YAML/)],
      ['no-frontmatter.md', expect.stringMatching(/has no frontmatter/)],
    ]);
  });

  it.each([['France'], ['fr'], ['XX']])('a bad country code %j is an error', (country) => {
    const actor = actorProblems({ country });
    expect(actor).toEqual([
      expect.objectContaining({ field: 'country', message: expect.stringMatching(/ISO 3166-1 alpha-2/) }),
    ]);
    const place = placeProblems({ country });
    expect(place).toEqual([
      expect.objectContaining({ field: 'country', message: expect.stringMatching(/ISO 3166-1 alpha-2/) }),
    ]);
  });

  it.each([['q3052772'], ['Q'], ['Q12a'], ['https://www.wikidata.org/wiki/Q3052772']])(
    'a bad wikidata id %j is an error',
    (wikidata) => {
      const [problem] = actorProblems({ wikidata });
      expect(problem).toMatchObject({
        field: 'wikidata',
        message: expect.stringMatching(/not a Wikidata id/) as string,
      });
      expect(placeProblems({ wikidata })[0]?.field).toBe('wikidata');
    },
  );

  it('a latitude outside -90..90 is an error', () => {
    const [problem] = placeProblems({ coordinates: '[95, 37.5]' });
    expect(problem?.field).toBe('coordinates.0');
    expect(problem?.message).toMatch(/90/);
  });

  it('a longitude outside -180..180 is an error', () => {
    const [problem] = placeProblems({ coordinates: '[47.1, -181]' });
    expect(problem?.field).toBe('coordinates.1');
    expect(problem?.message).toMatch(/-180/);
  });

  it('coordinates that are not a pair of numbers are an error', () => {
    expect(placeProblems({ coordinates: '[47.1]' })[0]?.field).toMatch(/^coordinates/);
    expect(placeProblems({ coordinates: "'47.1, 37.5'" })[0]?.field).toBe('coordinates');
  });

  it('coordinates far outside the country name the file, the field, the distance and the country', () => {
    const { contentDir, problems } = problemsIn({
      'places/mariupol.md': markdown({ ...validPlace, country: 'DE' }),
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe(path.join(contentDir, 'places/mariupol.md'));
    expect(problems[0]?.field).toBe('coordinates');
    expect(problems[0]?.message).toMatch(/\[47\.0958, 37\.5494\] lies [\d,]+ km outside Germany \(`country: DE`\)/);
    expect(problems[0]?.message).not.toMatch(/swapped/);
  });

  it('swapped latitude and longitude are named as such, with the fix', () => {
    const [problem, ...others] = placeProblems({ coordinates: '[37.5494, 47.0958]' });
    expect(others).toEqual([]);
    expect(problem?.field).toBe('coordinates');
    expect(problem?.message).toMatch(
      /latitude and longitude look swapped; write `coordinates: \[47\.0958, 37\.5494\]`/,
    );
  });

  it.each([
    ['Sevastopol, in occupied Crimea', 'UA', '[44.6166, 33.5254]'],
    ['Donetsk, in occupied Donbas', 'UA', '[48.0159, 37.8029]'],
    ['Kaliningrad, an exclave', 'RU', '[54.7104, 20.4522]'],
    ['Snake Island, 39 km off the drawn coast', 'UA', '[45.2550, 30.2042]'],
    ['Odesa, on the coast', 'UA', '[46.4825, 30.7233]'],
    ['the Golan Heights, drawn inside Israel', 'SY', '[33.0000, 35.7500]'],
    ['Valletta, a small island state', 'MT', '[35.8989, 14.5146]'],
    ['Suva, beside the antimeridian', 'FJ', '[-18.1416, 178.4419]'],
    ['Longyearbyen, near the pole', 'SJ', '[78.2232, 15.6267]'],
    ['Gibraltar, which the atlas has no shape for', 'GI', '[36.1408, -5.3536]'],
  ])('%s passes (country %s)', (_name, country, coordinates) => {
    expect(placeProblems({ country, coordinates })).toEqual([]);
  });

  it('a place without a country, or without coordinates, is not checked', () => {
    expect(placeProblems({ country: undefined, coordinates: '[0, 0]' })).toEqual([]);
    expect(placeProblems({ coordinates: undefined })).toEqual([]);
  });

  it.each([['Human Rights'], ['human_rights'], ['-war'], ['War']])('a bad tag %j is an error', (tag) => {
    const [problem] = eventProblems({ tags: `[${JSON.stringify(tag)}]` });
    expect(problem?.field).toBe('tags.0');
    expect(problem?.message).toMatch(/is not a tag: use lowercase words joined by hyphens/);
  });

  it('an actor file with a problem of its own is not also reported as missing from the events naming it', () => {
    const { contentDir, problems } = problemsIn({
      'actors/emmanuel-macron.md': markdown({ ...validActor, kind: 'human' }),
    });
    expect(problems).toEqual([
      expect.objectContaining({ file: path.join(contentDir, 'actors/emmanuel-macron.md'), field: 'kind' }),
    ]);
  });

  it('an unknown kind lists the allowed kinds', () => {
    const [problem] = actorProblems({ kind: 'politician' });
    expect(problem).toMatchObject({ field: 'kind' });
    expect(problem?.message).toContain('person, organization, state, group');
  });

  it('a missing content folder is reported', () => {
    const missing = path.join(temporaryFolder('timeline-empty-'), 'content');
    expect(validateContent(missing).problems.map(({ message }) => message)).toContainEqual(
      expect.stringMatching(/content folder not found/),
    );
  });
});

describe('media', () => {
  const image = 'photos/summit.jpg';
  const media = (fields: string) => `\n  ${fields.trim().split('\n').join('\n  ')}`;
  /** A folder with `media/photos/summit.jpg` and the event's `media` set to `fields`. */
  function mediaProblems(fields: string, extraFiles: Record<string, string> = {}) {
    return problemsIn({
      [`media/${image}`]: 'image bytes',
      ...extraFiles,
      [EVENT_FILE]: markdown({ ...validEvent, media: media(fields) }),
    });
  }

  it('accepts an image inside content/media/ with its alt text, credit and caption', () => {
    const { problems } = mediaProblems(
      `src: ${image}\nalt: Two leaders at a table\ncredit: Photo X\ncaption: The call.`,
    );
    expect(problems).toEqual([]);
  });

  it('accepts an https address without alt text: it is shown as a link, not an image', () => {
    expect(mediaProblems('src: https://www.youtube.com/watch?v=x\ncaption: A video').problems).toEqual([]);
  });

  it('a local image without alt text is an error naming the file and the field', () => {
    const { contentDir, problems } = mediaProblems(`src: ${image}`);
    expect(problems).toEqual([
      {
        file: path.join(contentDir, EVENT_FILE),
        field: 'media.alt',
        message: expect.stringContaining('is required for an image'),
      },
    ]);
  });

  it.each([
    ['../../etc/passwd.jpg', 'leaves the media folder'],
    ['photos/../../events/x.jpg', 'leaves the media folder'],
    ['/etc/hosts.jpg', 'is an absolute path'],
    ['C:/Windows/win.jpg', 'uses a `c:` address'],
    ['http://example.org/a.jpg', 'uses a `http:` address'],
    ['javascript:alert(1)', 'uses a `javascript:` address'],
    ['data:image/png;base64,AAAA', 'uses a `data:` address'],
    ['photos/missing.jpg', 'does not exist in'],
    ['photos/notes.txt', 'is not an image the build can optimise'],
    ['photos/drawing.svg', 'is not an image the build can optimise'],
  ])('src %s is an error naming the file (%s)', (src, message) => {
    const { contentDir, problems } = mediaProblems(`src: "${src}"\nalt: A picture`, { 'media/photos/notes.txt': 'x' });
    expect(problems).toEqual([
      { file: path.join(contentDir, EVENT_FILE), field: 'media.src', message: expect.stringContaining(message) },
    ]);
  });

  it('a symbolic link that leads out of the media folder is an error, though its path looks inside', () => {
    const contentDir = contentFolder({
      [EVENT_FILE]: markdown({ ...validEvent, media: media('src: photos/escape.jpg\nalt: A picture') }),
      'outside/secret.jpg': 'a file of the build machine',
    });
    mkdirSync(path.join(contentDir, 'media/photos'), { recursive: true });
    symlinkSync(path.join(contentDir, 'outside/secret.jpg'), path.join(contentDir, 'media/photos/escape.jpg'));
    const problems = validateContent(contentDir).problems.filter(({ field }) => field === 'media.src');
    expect(problems).toEqual([
      {
        file: path.join(contentDir, EVENT_FILE),
        field: 'media.src',
        message: expect.stringContaining('leads outside'),
      },
    ]);
  });

  it('a symbolic link to another file inside the media folder is fine', () => {
    const contentDir = contentFolder({
      [EVENT_FILE]: markdown({ ...validEvent, media: media('src: photos/alias.jpg\nalt: A picture') }),
      [`media/${image}`]: 'image bytes',
    });
    symlinkSync(path.join(contentDir, 'media', image), path.join(contentDir, 'media/photos/alias.jpg'));
    expect(validateContent(contentDir).problems).toEqual([]);
  });

  it('an unknown field inside media is compared with the media fields', () => {
    const { problems } = mediaProblems(`src: ${image}\nalt: A picture\ncaptoin: typo`);
    expect(problems[0]).toMatchObject({ field: 'media.captoin', message: expect.stringContaining('`caption`') });
  });
});

describe('updated and corrections', () => {
  const corrections = (...items: [string, string][]) =>
    items.map(([date, text]) => `\n  - date: ${date}\n    text: ${text}`).join('');

  it('accepts an `updated` day and corrections dated from the event on, oldest first', () => {
    const { problems, index } = validateContent(
      contentFolder({
        [EVENT_FILE]: markdown({
          ...validEvent,
          updated: '2022-03-25',
          corrections: corrections(['2022-03-19', 'Same day.'], ['2022-03-25', 'A later fix.']),
        }),
      }),
    );
    expect(problems).toEqual([]);
    expect(index.events.find(({ file }) => file.endsWith(EVENT_FILE))?.data).toMatchObject({
      updated: { written: '2022-03-25' },
      corrections: [{ text: 'Same day.' }, { text: 'A later fix.' }],
    });
  });

  it('an `updated` before the event date is an error naming both dates', () => {
    const [problem] = eventProblems({ updated: '2022-03-18' });
    expect(problem).toMatchObject({ field: 'updated', message: expect.stringContaining('2022-03-18 is before') });
  });

  it('an `updated` that is not a day is an error', () => {
    const [problem] = eventProblems({ updated: '2022-04' });
    expect(problem).toMatchObject({ field: 'updated', message: expect.stringContaining('is not a day') });
  });

  it('a correction dated before the event is an error naming the correction', () => {
    const [problem] = eventProblems({
      corrections: corrections(['2022-03-20', 'Fine.'], ['2022-03-01', 'Too early.']),
    });
    expect(problem).toMatchObject({ field: 'corrections.1.date', message: expect.stringContaining('before') });
  });

  it('corrections out of order are an error that says to list them oldest first', () => {
    const [problem] = eventProblems({ corrections: corrections(['2022-03-25', 'Later.'], ['2022-03-20', 'Earlier.']) });
    expect(problem).toMatchObject({ field: 'corrections.1.date', message: expect.stringContaining('oldest first') });
  });

  it('a correction without text, or with more than 400 characters, is an error', () => {
    expect(eventProblems({ corrections: '\n  - date: 2022-03-20' })[0]).toMatchObject({
      field: 'corrections.0.text',
      message: 'is required but missing',
    });
    expect(eventProblems({ corrections: corrections(['2022-03-20', 'x'.repeat(401)]) })[0]).toMatchObject({
      field: 'corrections.0.text',
      message: 'is longer than 400 characters: shorten it',
    });
  });

  it('an impossible correction date is an error, quoted or not', () => {
    const [problem] = eventProblems({ corrections: corrections(['2022-02-30', 'Text.']) });
    expect(problem).toMatchObject({
      field: 'corrections.0.date',
      message: expect.stringContaining('February 2022 has 28 days'),
    });
  });
});

const ERA_FILE = 'eras/battle-for-kyiv.md';

const validEra: Fields = {
  title: 'The battle for Kyiv',
  date: '2022-02-24',
  end: '2022-04-02',
  summary: 'Russian forces try to take the capital and withdraw from the north after five weeks.',
  sources: '\n  - publisher: BBC News\n    title: Russian forces leave Kyiv region',
};

function eraProblems(fields: Fields): ContentProblem[] {
  const { contentDir, problems } = problemsIn({ [ERA_FILE]: markdown({ ...validEra, ...fields }) });
  expect(problems.length, formatProblems(problems)).toBeGreaterThan(0);
  for (const problem of problems) expect(problem.file).toBe(path.join(contentDir, ERA_FILE));
  return problems;
}

describe('validateContent on eras (SPEC "Era frontmatter")', () => {
  it('accepts an era in eras/ and reads its dates at the precision written', () => {
    const { problems, index } = validateContent(
      contentFolder({
        [ERA_FILE]: markdown(validEra),
        'eras/summer.md': markdown({ ...validEra, date: '2022-06', end: '2022', sources: undefined }),
      }),
    );
    expect(problems).toEqual([]);
    expect(index.eras.map(({ id }) => id).sort()).toEqual(['battle-for-kyiv', 'summer']);
    expect(index.eras.find(({ id }) => id === 'summer')?.data).toMatchObject({
      date: { written: '2022-06', precision: 'month' },
      end: { written: '2022', precision: 'year' },
    });
  });

  it('a content folder without eras/ is fine', () => {
    expect(validateContent(contentFolder()).index.eras).toEqual([]);
  });

  it('an `end` before `date` names the `end` field, both dates and what `end` means', () => {
    const [problem] = eraProblems({ date: '2022-04-02', end: '2022-02-24' });
    expect(problem?.field).toBe('end');
    expect(problem?.message).toContain('2022-02-24 is before the start date 2022-04-02');
    expect(problem?.message).toContain('last day of the period');
  });

  it('a missing `end` is an error that says how to write one', () => {
    const [problem] = eraProblems({ end: undefined });
    expect(problem).toMatchObject({ field: 'end', message: expect.stringMatching(/required: add a date/) });
  });

  it('an impossible date is an error', () => {
    const [problem] = eraProblems({ date: '2022-02-30' });
    expect(problem?.field).toBe('date');
    expect(problem?.message).toContain('February 2022 has 28 days');
  });

  it('a title over 120 characters and a missing summary are errors', () => {
    const problems = eraProblems({ title: 'x'.repeat(121), summary: undefined });
    expect(problems.map(({ field }) => field).sort()).toEqual(['summary', 'title']);
    expect(problems.find(({ field }) => field === 'title')?.message).toMatch(/longer than 120 characters/);
  });

  it('an event field in an era is an unknown field that lists the era fields', () => {
    const [problem] = eraProblems({ actors: '[emmanuel-macron]' });
    expect(problem?.field).toBe('actors');
    expect(problem?.message).toContain('allowed fields: title, date, end, summary, sources');
  });

  it('an empty `sources` list is an error, while leaving sources out is fine', () => {
    expect(eraProblems({ sources: '[]' })[0]?.field).toBe('sources');
    expect(problemsIn({ [ERA_FILE]: markdown({ ...validEra, sources: undefined }) }).problems).toEqual([]);
  });

  it('two eras with one id are an error, and a folder named `era` suggests `eras`', () => {
    const duplicate = problemsIn({
      [ERA_FILE]: markdown(validEra),
      'eras/2022/battle-for-kyiv.md': markdown(validEra),
    });
    expect(duplicate.problems[0]?.message).toContain('same era id `battle-for-kyiv`');
    const stray = problemsIn({ 'era/battle-for-kyiv.md': markdown(validEra) });
    expect(stray.problems[0]?.message).toContain('(did you mean `eras`?)');
  });
});

describe('formatProblems', () => {
  it('writes one line per problem with the file, the field and the message', () => {
    const text = formatProblems([
      { file: 'content/events/2022/a.md', field: 'actors[0]', message: 'unknown actor id `x`' },
      { file: 'content/event', message: 'is not a content folder' },
    ]);
    expect(text).toBe(
      [
        '2 content problems:',
        '  content/events/2022/a.md: field `actors[0]` unknown actor id `x`',
        '  content/event: is not a content folder',
      ].join('\n'),
    );
  });

  it('counts a single problem in the singular', () => {
    expect(formatProblems([{ file: 'content/actors/a.md', message: 'has no frontmatter' }])).toMatch(
      /^1 content problem:\n/,
    );
  });

  it('reports real validation output with the file path and the suggested id', () => {
    const { contentDir, problems } = problemsIn({
      [EVENT_FILE]: markdown({ ...validEvent, actors: '[emanuel-macron]' }),
    });
    const text = formatProblems(problems);
    expect(text).toContain(
      `${path.join(contentDir, EVENT_FILE)}: field \`actors[0]\` unknown actor id \`emanuel-macron\``,
    );
    expect(text).toContain('`emmanuel-macron`');
  });
});
