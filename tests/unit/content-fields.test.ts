/**
 * No value in any field can make validation throw: every wrong type and malformed value of every
 * field of every collection comes back as a problem that names the file and the field.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content-validation';
import { temporaryFolder } from '../support/temporary-folders';

const VALID = {
  events: {
    title: 'Macron and Putin speak by phone',
    date: '2022-03-19',
    end: '2022-03-20',
    approximate: false,
    summary: 'The French and Russian presidents spoke about a ceasefire.',
    actors: ['emmanuel-macron'],
    places: ['mariupol'],
    tags: ['diplomacy'],
    sources: [
      { publisher: 'Reuters', title: 'Macron and Putin talk', url: 'https://example.org/a', date: '2022-03-19' },
    ],
    importance: 2,
    draft: false,
    media: { src: 'photo.jpg', alt: 'A photo', credit: 'Photo: someone', caption: 'A caption.' },
    updated: '2022-03-21',
    corrections: [{ date: '2022-03-21', text: 'A fix.' }],
  },
  actors: {
    name: 'Emmanuel Macron',
    kind: 'person',
    role: 'President of France',
    country: 'FR',
    aliases: ['Macron'],
    wikidata: 'Q3052772',
  },
  places: {
    name: 'Mariupol',
    kind: 'city',
    country: 'UA',
    coordinates: [47.0958, 37.5494],
    aliases: ['Маріуполь'],
    wikidata: 'Q156928',
  },
  eras: {
    title: 'The battle for Kyiv',
    date: '2022-02-24',
    end: '2022-04-02',
    summary: 'Russian forces try to take the capital.',
    sources: [{ publisher: 'BBC News', title: 'Russian forces leave Kyiv region' }],
  },
} as const;
const FILES = {
  events: 'events/2022-03-19-call.md',
  actors: 'actors/emmanuel-macron.md',
  places: 'places/mariupol.md',
  eras: 'eras/battle-for-kyiv.md',
};

/** Wrong types and malformed values, tried in every field and every nested field. */
const BAD_VALUES: unknown[] = [
  null,
  42,
  -1.5,
  true,
  '',
  'not a url',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '../../etc/passwd',
  '2022-02-30',
  'x'.repeat(5000),
  [],
  [null],
  [42, 'a'],
  [[]],
  {},
  { nested: { deeper: [1] } },
];

type Collection = keyof typeof VALID;
const COLLECTIONS = Object.keys(FILES) as Collection[];

/** Every field path of a collection's valid entry: `title`, `sources.0.url`, `media.alt`, … */
function fieldPaths(value: unknown, prefix: string[] = []): string[][] {
  if (Array.isArray(value) && value.length > 0 && typeof value[0] === 'object') {
    return [prefix, ...fieldPaths(value[0], [...prefix, '0'])];
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return [
      ...(prefix.length > 0 ? [prefix] : []),
      ...Object.entries(value).flatMap(([key, child]) => fieldPaths(child, [...prefix, key])),
    ];
  }
  return [prefix];
}

function withValue(entry: unknown, [key, ...rest]: string[], value: unknown): unknown {
  if (key === undefined) return value;
  if (Array.isArray(entry))
    return entry.map((item, index) => (String(index) === key ? withValue(item, rest, value) : item));
  const record = entry as Record<string, unknown>;
  return { ...record, [key]: withValue(record[key], rest, value) };
}

let folder: string | undefined;

/**
 * The content folder with the entry of `collection` holding `value` at `field`, the rest valid. One
 * folder serves every case (the cases run one after another): hundreds of folders would take
 * longer to remove than the checks take to run.
 */
function folderWith(collection: Collection, field: string[], value: unknown): string {
  const contentDir = (folder ??= path.join(temporaryFolder('timeline-fields-'), 'content'));
  const entries: Record<Collection, unknown> = { ...VALID, [collection]: withValue(VALID[collection], field, value) };
  for (const name of [...COLLECTIONS, 'media']) {
    mkdirSync(path.join(contentDir, name), { recursive: true });
  }
  writeFileSync(path.join(contentDir, 'media/photo.jpg'), 'not really a JPEG; validation only checks the path');
  writeFileSync(path.join(contentDir, 'actors/vladimir-putin.md'), '---\nname: Vladimir Putin\nkind: person\n---\n');
  for (const name of COLLECTIONS) {
    // JSON is YAML: each value reaches the validator exactly as a YAML reader hands it over.
    const frontmatter = Object.entries(entries[name] as Record<string, unknown>)
      .map(([key, fieldValue]) => `${key}: ${JSON.stringify(fieldValue)}`)
      .join('\n');
    writeFileSync(path.join(contentDir, FILES[name]), `---\n${frontmatter}\n---\n\nBody.\n`);
  }
  return contentDir;
}

describe('valid entries', () => {
  it('the entries every case starts from have no problem', () => {
    const contentDir = folderWith('events', ['title'], VALID.events.title);
    expect(validateContent(contentDir).problems).toEqual([]);
  });
});

describe.each(COLLECTIONS)('every field of %s', (collection) => {
  const cases = fieldPaths(VALID[collection]).flatMap((field) =>
    BAD_VALUES.map((value) => [field.join('.'), JSON.stringify(value).slice(0, 40), field, value] as const),
  );

  it.each(cases)('%s: %s gives a clean problem or none, never a crash', (name, _shown, field, value) => {
    const contentDir = folderWith(collection, field, value);
    const { problems } = validateContent(contentDir);
    for (const problem of problems) {
      expect(problem.file).toBe(path.join(contentDir, FILES[collection]));
      expect(problem.field, problem.message).toBeDefined();
      // The problem is about the field that was changed (or, for a list, an item of it).
      expect(problem.field?.split(/[.[]/)[0]).toBe(name.split('.')[0]);
      expect(problem.message).not.toMatch(/TypeError|undefined|\[object Object\]/);
    }
  });
});
