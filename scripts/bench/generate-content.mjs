/**
 * Writes a synthetic archive in the SPEC's content layout: events with realistic bodies, every
 * date form, actors with aliases in other scripts, and places. The same sizes and seed always
 * give the same files, so runs on different days compare like with like.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createRandom, skewedSampler } from './random.mjs';
import {
  ARABIC,
  COUNTRY_CENTRES,
  COUNTRY_CODES,
  FIRST_NAMES,
  GROUP_KINDS,
  KATAKANA,
  LAST_NAMES,
  ORGANIZATION_KINDS,
  PUBLISHERS,
  ROLES,
  SCRIPTS,
  SYLLABLES,
  TAGS,
  WORDS,
} from './vocabulary.mjs';

/** @typedef {import('./random.mjs').Random} Random */
/** @typedef {{ id: string, name: string }} Named */

const FIRST_DAY = Date.UTC(2000, 0, 1);
const LAST_DAY = Date.UTC(2024, 11, 31);
const DAY_MS = 86_400_000;
const OFFSETS = ['+03:00', '+01:00', '+02:00', '-05:00', '+05:30', '+09:00', '-03:00'];

/**
 * Rarer words (invented from syllables) beside the common ones: real reports use tens of thousands
 * of distinct words, and the size of the search index grows with them.
 */
const RARE_WORDS = (() => {
  const random = createRandom(7);
  return Array.from({ length: 5000 }, () => inventedWord(random, 2, 4).toLowerCase());
})();
const RARE_WORD_SHARE = 0.15;

/**
 * Every date form of the SPEC, weighted roughly as editors write them. `write` gives the YAML
 * value: unquoted days become YAML timestamps and unquoted years numbers, which the build must
 * accept as well as the quoted strings.
 * @type {[number, { precision: 'year' | 'month' | 'day' | 'time', write: (day: string, random: Random) => string }][]}
 */
const DATE_FORMS = [
  [55, { precision: 'day', write: (day) => day }],
  [12, { precision: 'day', write: (day) => `"${day}"` }],
  [6, { precision: 'month', write: (day) => day.slice(0, 7) }],
  [2, { precision: 'month', write: (day) => `"${day.slice(0, 7)}"` }],
  [3, { precision: 'year', write: (day) => day.slice(0, 4) }],
  [1, { precision: 'year', write: (day) => `"${day.slice(0, 4)}"` }],
  [8, { precision: 'time', write: (day, random) => `"${day}T${timeOfDay(random)}${random.pick(OFFSETS)}"` }],
  [6, { precision: 'time', write: (day, random) => `"${day}T${timeOfDay(random)}Z"` }],
  [3, { precision: 'time', write: (day, random) => `"${day}T${timeOfDay(random)}"` }],
];

/**
 * Generates the archive into `dir` (created if missing). Each event names 1 to 4 actors and 0 to 2
 * places, the first-created most often: a few actors then have thousands of events, as the main
 * parties of a real archive do, which is what long actor pages and related-event lookups meet.
 * @param {string} dir
 * @param {{ events: number, actors: number, places: number, seed?: number }} sizes
 */
export function generateContent(dir, { events, actors, places, seed = 20_250_601 }) {
  const random = createRandom(seed);
  const usedNames = new Set();
  const pickActors = skewedSampler(
    random,
    Array.from({ length: actors }, () => writeActor(dir, random, usedNames)),
  );
  const pickPlaces = skewedSampler(
    random,
    Array.from({ length: places }, () => writePlace(dir, random, usedNames)),
  );
  for (let index = 0; index < events; index += 1) {
    writeEvent(dir, random, index, pickActors(random.int(1, 4)), pickPlaces(random.int(0, 2)));
  }
}

/**
 * @param {string} file
 * @param {string[]} frontmatter YAML lines
 * @param {string} body
 */
function writeEntry(file, frontmatter, body) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `---\n${frontmatter.join('\n')}\n---\n\n${body}\n`);
}

/** @param {Random} random */
function writeActor(dir, random, usedNames) {
  const kind = random.weighted([
    [6, 'person'],
    [2, 'organization'],
    [1, 'state'],
    [1, 'group'],
  ]);
  const name = uniqueName(usedNames, () => actorName(random, kind));
  const id = slugify(name);
  const lines = [`name: ${yamlString(name)}`, `kind: ${kind}`];
  if (kind === 'person' && random.chance(0.7)) lines.push(`role: ${yamlString(random.pick(ROLES))}`);
  if (random.chance(0.6)) lines.push(`country: ${random.pick(COUNTRY_CODES)}`);
  if (random.chance(0.3)) lines.push(`aliases: ${yamlList(aliasesFor(random, name))}`);
  if (random.chance(0.4)) lines.push(`wikidata: Q${random.int(100, 99_999_999)}`);
  const body = Array.from({ length: random.int(2, 4) }, () => sentence(random, [name], 10, 20)).join(' ');
  writeEntry(path.join(dir, 'actors', `${id}.md`), lines, body);
  return { id, name };
}

/** @param {Random} random */
function writePlace(dir, random, usedNames) {
  const kind = random.weighted([
    [6, 'city'],
    [2, 'region'],
    [1, 'country'],
    [1, 'site'],
  ]);
  const name = uniqueName(usedNames, () => inventedWord(random, 2, 3) + (kind === 'region' ? ' Oblast' : ''));
  const id = slugify(name);
  const lines = [`name: ${yamlString(name)}`, `kind: ${kind}`];
  const country = random.chance(0.8) ? random.pick(COUNTRY_CODES) : undefined;
  if (country) lines.push(`country: ${country}`);
  if (random.chance(0.7)) lines.push(`coordinates: [${placeCoordinates(random, country)}]`);
  if (random.chance(0.3)) lines.push(`aliases: ${yamlList(aliasesFor(random, name))}`);
  if (random.chance(0.3)) lines.push(`wikidata: Q${random.int(100, 99_999_999)}`);
  writeEntry(path.join(dir, 'places', `${id}.md`), lines, sentence(random, [name], 12, 30));
  return { id, name };
}

/**
 * @param {Random} random
 * @param {number} index makes the id unique whatever the title
 * @param {Named[]} actors
 * @param {Named[]} places
 */
function writeEvent(dir, random, index, actors, places) {
  const day = new Date(FIRST_DAY + random.int(0, (LAST_DAY - FIRST_DAY) / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  const form = random.weighted(DATE_FORMS);
  const names = [...actors, ...places].map(({ name }) => name);
  const title = clip(capitalise([actors[0].name, ...words(random, 5, 10)].join(' ')), 160);
  const idPrefix = { year: 4, month: 7 }[form.precision] ?? 10;
  const id = `${day.slice(0, idPrefix)}-${slugify(title.split(' ').slice(0, 5).join(' '))}-${index.toString(36)}`;
  const lines = [
    `title: ${yamlString(title)}`,
    `date: ${form.write(day, random)}`,
    ...optionalDateLines(random, form, day),
    `summary: ${yamlString(summary(random, names))}`,
    `actors: ${yamlList(actors.map(({ id }) => id))}`,
    ...classificationLines(random, places),
    'sources:',
    ...sourceLines(random, day),
  ];
  writeEntry(path.join(dir, 'events', day.slice(0, 4), `${id}.md`), lines, eventBody(random, names));
}

/** `end` for a few multi-day events (day precision only, so it is never before `date`) and `approximate`. */
function optionalDateLines(random, form, day) {
  const lines = [];
  if (form.precision === 'day' && random.chance(0.04)) lines.push(`end: ${addDays(day, random.int(1, 14))}`);
  if (random.chance(0.03)) lines.push('approximate: true');
  return lines;
}

/** @param {Random} random */
function summary(random, names) {
  return clip(Array.from({ length: random.int(1, 2) }, () => sentence(random, names, 12, 28)).join(' '), 400);
}

/**
 * Places, tags and importance: about one event in six is a key event (importance 3).
 * @param {Random} random
 * @param {Named[]} places
 */
function classificationLines(random, places) {
  const lines = [];
  if (places.length > 0 || random.chance(0.3)) lines.push(`places: ${yamlList(places.map(({ id }) => id))}`);
  if (random.chance(0.8)) lines.push(`tags: ${yamlList(random.sample(TAGS, random.int(1, 3)))}`);
  const importance = random.weighted([
    [1, 3],
    [0.6, 1],
    [1.4, 2],
    [3, undefined],
  ]);
  if (importance !== undefined) lines.push(`importance: ${importance}`);
  return lines;
}

/** @param {Random} random */
function sourceLines(random, day) {
  return Array.from({ length: random.int(1, 3) }, () => {
    const title = clip(capitalise(words(random, 5, 12).join(' ')), 140);
    const lines = [
      `  - publisher: ${yamlString(random.pick(PUBLISHERS))}`,
      `    title: ${yamlString(title)}`,
      `    date: ${day}`,
    ];
    if (random.chance(0.4)) lines.push(`    url: https://news.example.com/${day.slice(0, 4)}/${slugify(title)}`);
    return lines.join('\n');
  });
}

/**
 * The account: 150 to 400 words in paragraphs, opening with every actor and place named, as the
 * mention-linking step of the real build expects to find them.
 * @param {Random} random
 * @param {string[]} names
 */
function eventBody(random, names) {
  // The last sentence overshoots the target by up to ~25 words, so aim below 400.
  const target = random.int(150, 370);
  const opening = `${joinNames(names)} ${words(random, 6, 14).join(' ')}.`;
  const paragraphs = [[opening]];
  let count = opening.split(' ').length;
  while (count < target) {
    const paragraph = paragraphs[paragraphs.length - 1];
    if (paragraph.length >= random.int(3, 6)) paragraphs.push([]);
    const next = sentence(random, names, 8, 22);
    paragraphs[paragraphs.length - 1].push(next);
    count += next.split(' ').length;
  }
  const blocks = paragraphs.map((sentences) => sentences.join(' '));
  if (blocks.length > 2 && random.chance(0.2)) blocks.splice(2, 0, '## Background');
  return blocks.join('\n\n');
}

/**
 * @param {Random} random
 * @param {string[]} names mentioned now and then, as reports name the people involved
 */
function sentence(random, names, minWords, maxWords) {
  const parts = words(random, minWords, maxWords);
  if (names.length > 0 && random.chance(0.35)) parts.splice(random.int(1, parts.length), 0, random.pick(names));
  return `${capitalise(parts.join(' '))}.`;
}

/** @param {Random} random */
function words(random, min, max) {
  return Array.from({ length: random.int(min, max) }, () =>
    random.pick(random.chance(RARE_WORD_SHARE) ? RARE_WORDS : WORDS),
  );
}

/** @param {Random} random */
function actorName(random, kind) {
  switch (kind) {
    case 'person': {
      const middle = random.chance(0.3) ? ` ${random.pick(LAST_NAMES).charAt(0)}.` : '';
      return `${random.pick(FIRST_NAMES)}${middle} ${random.pick(LAST_NAMES)}`;
    }
    case 'organization':
      return `${inventedWord(random, 2, 3)} ${random.pick(ORGANIZATION_KINDS)}`;
    case 'state':
      return random.chance(0.5) ? `Republic of ${inventedWord(random, 2, 3)}` : inventedWord(random, 2, 4);
    default:
      return `${inventedWord(random, 2, 3)} ${random.pick(GROUP_KINDS)}`;
  }
}

/** Other spellings: non-Latin scripts, as for real actors (`Зеленський`), and a short form. */
function aliasesFor(random, name) {
  const forms = [
    () => transliterate(name, SCRIPTS.cyrillic),
    () => transliterate(name, SCRIPTS.greek),
    () => Array.from({ length: random.int(2, 4) }, () => random.pick(KATAKANA)).join(''),
    () => Array.from({ length: random.int(2, 3) }, () => random.pick(ARABIC)).join(''),
    () => name.split(' ').at(-1),
  ];
  return random.sample(forms, random.int(1, 2)).map((form) => form());
}

function transliterate(text, table) {
  return [...text]
    .map((letter) => {
      const converted = table[letter.toLowerCase()];
      if (!converted) return letter;
      return letter === letter.toLowerCase() ? converted : converted.toUpperCase();
    })
    .join('');
}

/** Tries fresh names first; a numbered name only once the combinations run out. */
function uniqueName(usedNames, generate) {
  let name = generate();
  for (let attempt = 0; usedNames.has(name) && attempt < 50; attempt += 1) name = generate();
  const base = name;
  for (let number = 2; usedNames.has(name); number += 1) name = `${base} ${number}`;
  usedNames.add(name);
  return name;
}

/** @param {Random} random */
function inventedWord(random, minSyllables, maxSyllables) {
  return capitalise(
    Array.from({ length: random.int(minSyllables, maxSyllables) }, () => random.pick(SYLLABLES)).join(''),
  );
}

/** @param {Random} random */
function timeOfDay(random) {
  return `${twoDigits(random.int(0, 23))}:${twoDigits(random.int(0, 59))}`;
}

/** @param {Random} random */
function coordinate(random, limit, centre = 0) {
  return (centre + random.next() * 2 * limit - limit).toFixed(4);
}

/** Anywhere for a place without a country; within half a degree of its country's centre otherwise. */
function placeCoordinates(random, country) {
  if (!country) return `${coordinate(random, 60)}, ${coordinate(random, 179)}`;
  const [latitude, longitude] = COUNTRY_CENTRES[country];
  return `${coordinate(random, 0.5, latitude)}, ${coordinate(random, 0.5, longitude)}`;
}

function addDays(day, days) {
  return new Date(Date.parse(day) + days * DAY_MS).toISOString().slice(0, 10);
}

function joinNames(names) {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** Cuts at a word boundary so fields stay within the schema's length limits. */
function clip(text, maxLength) {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}.`;
}

function slugify(text) {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function twoDigits(value) {
  return String(value).padStart(2, '0');
}

/** Plain scalars where YAML reads them back unchanged; JSON strings (valid YAML) otherwise. */
function yamlString(text) {
  const plain = /^[A-Za-z][A-Za-z0-9 ,.'-]*$/.test(text) && !/^(?:y|yes|n|no|true|false|on|off|null)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

function yamlList(items) {
  return `[${items.map(yamlString).join(', ')}]`;
}
