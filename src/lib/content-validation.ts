/**
 * Validates the raw content folder before Astro reads it. Astro 5 does not check that a
 * `reference()` target exists (withastro/astro#13268), only warns on duplicate ids, and its YAML
 * parser turns an unquoted `2022-02-30` into 2 March; this pass reads the files itself, with YAML
 * timestamps switched off, and reports every problem with the file, the field and a fix.
 */
import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { z } from 'astro/zod';
import { closestIds, toIdForm, type KnownId } from './closest-ids';
import {
  actorSchema,
  eraSchema,
  countryName,
  ID_PATTERN,
  isLocalMedia,
  placeSchema,
  rawEventSchema,
  correctionSchema,
  mediaSchema,
  sourceSchema,
  type ActorData,
  type EraData,
  type EventData,
  type PlaceData,
} from './content-schemas';
import { COUNTRY_TOLERANCE_KM, createCountryCheck } from './country-check';

export interface ContentProblem {
  /** Path relative to the working directory, e.g. `content/events/2022/x.md`. */
  file: string;
  field?: string | undefined;
  message: string;
}

export interface ContentFile<Data> {
  id: string;
  file: string;
  data: Data;
}

export interface ContentIndex {
  events: ContentFile<EventData>[];
  actors: ContentFile<ActorData>[];
  places: ContentFile<PlaceData>[];
  eras: ContentFile<EraData>[];
}

export interface ValidationReport {
  problems: ContentProblem[];
  index: ContentIndex;
}

export const COLLECTION_FOLDERS = ['events', 'actors', 'places', 'eras'] as const;
/** Folders of the content folder that hold no entries, beside the collections. */
const OTHER_FOLDERS = ['media'];
/** Image formats Astro's image service optimises; SVG is left out, since it can carry script. */
export const MEDIA_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif', '.gif'] as const;
type CollectionName = (typeof COLLECTION_FOLDERS)[number];

const SCHEMAS = { events: rawEventSchema, actors: actorSchema, places: placeSchema, eras: eraSchema } as const;
const SINGULAR: Record<CollectionName, string> = { events: 'event', actors: 'actor', places: 'place', eras: 'era' };
/** Files an editor's tools leave behind that are not content. */
const IGNORED_FILES = new Set(['.gitkeep', '.DS_Store', 'README.md', 'Thumbs.db']);

/** Lists every file under `folder`, relative paths, sorted so reports are stable. */
function listFiles(folder: string): string[] {
  // Hidden files and folders are skipped, as Astro's glob loader skips them.
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter(
      (entry) =>
        entry.isFile() &&
        !path
          .relative(folder, path.join(entry.parentPath, entry.name))
          .split(path.sep)
          .some((part) => part.startsWith('.')),
    )
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** The YAML between the opening and closing `---` lines, as Astro reads it. */
function frontmatterOf(text: string): string | undefined {
  const match = /^\uFEFF?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/.exec(text);
  return match ? (match[1] ?? '') : undefined;
}

const NESTED_FIELDS: Record<string, string[] | undefined> = {
  sources: Object.keys(sourceSchema.shape),
  corrections: Object.keys(correctionSchema.shape),
  media: Object.keys(mediaSchema.innerType().shape),
};

/** Turns a Zod issue into an editor's sentence; the field comes separately. */
function describeIssue(
  issue: z.ZodIssue,
  schemaKeys: readonly string[],
): { field?: string | undefined; message: string } {
  const field = issue.path.length > 0 ? issue.path.join('.') : undefined;
  switch (issue.code) {
    case 'unrecognized_keys': {
      // An unknown key inside a source, correction or media is judged against its own fields.
      const keys = NESTED_FIELDS[String(issue.path[0])] ?? schemaKeys;
      return {
        field: issue.keys.map((key) => [...issue.path, key].join('.')).join(', '),
        message: issue.keys
          .map((key) => {
            const [nearest] = closestIds(
              key,
              keys.map((id) => ({ id })),
              1,
            );
            return `unknown field \`${key}\`${nearest ? ` (did you mean \`${nearest}\`?)` : ''}`;
          })
          .concat(`allowed fields: ${keys.join(', ')}`)
          .join('; '),
      };
    }
    case 'invalid_type':
      return issue.received === 'undefined'
        ? { field, message: 'is required but missing' }
        : { field, message: `should be ${article(issue.expected)}, not ${article(issue.received)}` };
    case 'too_small':
      if (issue.type === 'array') {
        return {
          field,
          message: `needs at least ${issue.minimum} item(s)${field === 'sources' ? ': add `- publisher: …` with the report the facts come from' : ''}`,
        };
      }
      if (issue.type === 'string') return { field, message: 'must not be empty' };
      return { field, message: `must be at least ${String(issue.minimum)}` };
    case 'too_big':
      if (issue.type === 'string')
        return { field, message: `is longer than ${String(issue.maximum)} characters: shorten it` };
      return { field, message: `must be at most ${String(issue.maximum)}` };
    case 'invalid_union':
      return {
        field,
        message:
          field === 'importance' ? 'must be 1 (minor), 2 (default) or 3 (key event)' : 'has an unsupported value',
      };
    case 'invalid_enum_value':
      return { field, message: `is "${String(issue.received)}"; choose one of ${issue.options.join(', ')}` };
    default:
      return { field, message: issue.message };
  }
}

function article(type: string): string {
  const names: Record<string, string> = {
    array: 'a list',
    object: 'a set of fields',
    string: 'text',
    number: 'a number',
    boolean: 'true or false',
    null: 'empty',
  };
  return names[type] ?? type;
}

function schemaKeysOf(collection: CollectionName): string[] {
  const schema = SCHEMAS[collection];
  const shape = 'shape' in schema ? schema.shape : schema._def.schema.shape;
  return Object.keys(shape);
}

interface ParsedFile {
  relativeFile: string;
  id: string;
  data?: unknown;
}

/** Reads one file's frontmatter without YAML timestamps, so dates arrive exactly as written. */
function readFrontmatter(absoluteFile: string, relativeFile: string, problems: ContentProblem[]): unknown {
  const frontmatter = frontmatterOf(readFileSync(absoluteFile, 'utf8'));
  if (frontmatter === undefined) {
    problems.push({
      file: relativeFile,
      message: 'has no frontmatter: start the file with a `---` line, the fields, and another `---` line',
    });
    return undefined;
  }
  try {
    // CORE_SCHEMA has no timestamp type: dates stay the strings the editor wrote.
    // Empty frontmatter is an empty set of fields, so the schema names every missing one.
    return load(frontmatter, { schema: CORE_SCHEMA, filename: relativeFile }) ?? {};
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const line = error.mark.line + 2;
    problems.push({ file: relativeFile, message: `frontmatter is not valid YAML (line ${line}): ${error.reason}` });
    return undefined;
  }
}

function collectFiles(contentDir: string, collection: CollectionName, problems: ContentProblem[]): ParsedFile[] {
  const folder = path.join(contentDir, collection);
  let files: string[];
  try {
    files = listFiles(folder);
  } catch {
    if (collection === 'events')
      problems.push({ file: relative(folder), message: 'is missing: events live in this folder' });
    return [];
  }
  const parsed: ParsedFile[] = [];
  for (const absoluteFile of files) {
    const relativeFile = relative(absoluteFile);
    const name = path.basename(absoluteFile);
    if (IGNORED_FILES.has(name)) continue;
    if (!name.endsWith('.md')) {
      problems.push({
        file: relativeFile,
        message: `is not a Markdown file: ${SINGULAR[collection]} files end in \`.md\`, rename it or move it out of content/`,
      });
      continue;
    }
    const id = name.slice(0, -'.md'.length);
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file: relativeFile,
        message: `file name \`${id}\` is not a valid id: rename it to \`${toIdForm(id)}.md\` (lowercase letters, digits and hyphens)`,
      });
    }
    parsed.push({ relativeFile, id, data: readFrontmatter(absoluteFile, relativeFile, problems) });
  }
  return parsed;
}

/** Paths as an editor would type them: relative to the project, absolute when outside it. */
function relative(file: string): string {
  const fromProject = path.relative(process.cwd(), file);
  return (fromProject.startsWith('..') ? path.resolve(file) : fromProject).split(path.sep).join('/');
}

function reportDuplicates(collection: CollectionName, files: readonly ParsedFile[], problems: ContentProblem[]) {
  const byId = new Map<string, ParsedFile[]>();
  for (const file of files) byId.set(file.id, [...(byId.get(file.id) ?? []), file]);
  for (const [id, group] of byId) {
    if (group.length < 2) continue;
    const [first, ...others] = group;
    for (const other of others) {
      problems.push({
        file: other.relativeFile,
        message: `has the same ${SINGULAR[collection]} id \`${id}\` as ${first?.relativeFile ?? ''}: ids come from file names and must be unique, rename one of them`,
      });
    }
  }
}

function validateCollection<Data>(
  collection: CollectionName,
  files: readonly ParsedFile[],
  problems: ContentProblem[],
): ContentFile<Data>[] {
  const keys = schemaKeysOf(collection);
  const valid: ContentFile<Data>[] = [];
  for (const file of files) {
    if (file.data === undefined) continue;
    if (file.data === null || typeof file.data !== 'object' || Array.isArray(file.data)) {
      problems.push({ file: file.relativeFile, message: 'frontmatter must be a set of `field: value` lines' });
      continue;
    }
    const result = SCHEMAS[collection].safeParse(file.data);
    if (result.success) {
      valid.push({ id: file.id, file: file.relativeFile, data: result.data as Data });
      continue;
    }
    for (const issue of result.error.issues) problems.push({ file: file.relativeFile, ...describeIssue(issue, keys) });
  }
  return valid;
}

function knownIds(files: readonly ContentFile<ActorData | PlaceData>[]): KnownId[] {
  return files.map(({ id, data }) => ({ id, names: [data.name, ...data.aliases] }));
}

/**
 * Checks every reference an event file names, even in a file with other problems. An actor or place
 * file that exists but has problems of its own counts as known: its problems are reported already.
 */
function reportUnknownReferences(
  events: readonly ParsedFile[],
  index: ContentIndex,
  files: Record<'actors' | 'places', readonly ParsedFile[]>,
  problems: ContentProblem[],
) {
  const targets = { actors: index.actors, places: index.places } as const;
  const known = {
    actors: new Set(files.actors.map(({ id }) => id)),
    places: new Set(files.places.map(({ id }) => id)),
  };
  for (const event of events) {
    const data = event.data as Record<string, unknown> | undefined;
    for (const field of ['actors', 'places'] as const) {
      const ids = data?.[field];
      if (!Array.isArray(ids)) continue;
      ids.forEach((id: unknown, position) => {
        if (typeof id !== 'string' || known[field].has(id)) return;
        const nearest = closestIds(id, knownIds(targets[field]));
        const suggestion =
          nearest.length > 0 ? ` Did you mean \`${nearest[0] ?? ''}\`? Closest known ids: ${nearest.join(', ')}.` : '';
        problems.push({
          file: event.relativeFile,
          field: `${field}[${position}]`,
          message: `unknown ${SINGULAR[field]} id \`${id}\`: there is no content/${field}/${id}.md.${suggestion} Fix the id or add the ${SINGULAR[field]} file.`,
        });
      });
    }
  }
}

function reportStrayFolders(contentDir: string, problems: ContentProblem[]) {
  let entries;
  try {
    entries = readdirSync(contentDir, { withFileTypes: true });
  } catch {
    problems.push({ file: relative(contentDir), message: 'content folder not found: set CONTENT_DIR or create it' });
    return;
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || [...COLLECTION_FOLDERS, ...OTHER_FOLDERS].includes(entry.name)) continue;
    const [nearest] = closestIds(
      entry.name,
      COLLECTION_FOLDERS.map((id) => ({ id })),
      1,
    );
    problems.push({
      file: relative(path.join(contentDir, entry.name)),
      message: `is not a content folder, so nothing in it would be published: move its files into ${COLLECTION_FOLDERS.join(', ')}${nearest ? ` (did you mean \`${nearest}\`?)` : ''}`,
    });
  }
}

/**
 * A local `media.src` must name an image inside `<contentDir>/media/` once symbolic links are
 * followed, so that no entry can publish another file of the build machine.
 */
export function mediaFileProblem(contentDir: string, src: string): string | undefined {
  const folder = path.resolve(contentDir, 'media');
  const fix = `put the image in ${relative(folder)}/ and give its path from there`;
  const extension = path.extname(src).toLowerCase();
  if (!(MEDIA_EXTENSIONS as readonly string[]).includes(extension)) {
    return `"${src}" is not an image the build can optimise: use a ${MEDIA_EXTENSIONS.join(', ')} file`;
  }
  let real: string;
  try {
    real = realpathSync(path.join(folder, src));
  } catch {
    return `"${src}" does not exist in ${relative(folder)}/: ${fix}`;
  }
  const inside = path.relative(realpathSync(folder), real);
  if (inside.startsWith('..') || path.isAbsolute(inside)) {
    return `"${src}" leads outside ${relative(folder)}/ (a symbolic link to ${real}): ${fix}`;
  }
  if (!statSync(real).isFile()) return `"${src}" is not a file: ${fix}`;
  return undefined;
}

function reportMediaFiles(contentDir: string, events: readonly ContentFile<EventData>[], problems: ContentProblem[]) {
  for (const { file, data } of events) {
    if (!data.media || !isLocalMedia(data.media.src)) continue;
    const message = mediaFileProblem(contentDir, data.media.src);
    if (message) problems.push({ file, field: 'media.src', message });
  }
}

/** A place's coordinates must lie in or near its country (SPEC, "Coordinates and countries"). */
function reportCoordinatesOutsideCountry(places: readonly ContentFile<PlaceData>[], problems: ContentProblem[]) {
  const checkCountry = createCountryCheck();
  for (const { file, data } of places) {
    if (!data.coordinates || !data.country) continue;
    const check = checkCountry(data.country, data.coordinates);
    if (check.verdict !== 'far') continue;
    const [latitude, longitude] = data.coordinates;
    const where = `[${latitude}, ${longitude}] lies ${Math.round(check.distanceKm).toLocaleString('en')} km outside ${countryName(data.country, 'en')} (\`country: ${data.country}\`)`;
    problems.push({
      file,
      field: 'coordinates',
      message: check.swappedFits
        ? `${where}: latitude and longitude look swapped; write \`coordinates: [${longitude}, ${latitude}]\` (latitude first)`
        : `${where}, more than the ${COUNTRY_TOLERANCE_KM} km allowed: check the numbers against a map ([latitude, longitude] in decimal degrees) and the \`country\` code`,
    });
  }
}

/** Reads and checks everything under `contentDir`; `problems` is empty when the build may go on. */
export function validateContent(contentDir: string): ValidationReport {
  const problems: ContentProblem[] = [];
  reportStrayFolders(contentDir, problems);
  const raw = Object.fromEntries(
    COLLECTION_FOLDERS.map((collection) => [collection, collectFiles(contentDir, collection, problems)]),
  ) as Record<CollectionName, ParsedFile[]>;
  for (const collection of COLLECTION_FOLDERS) reportDuplicates(collection, raw[collection], problems);
  const index: ContentIndex = {
    events: validateCollection<EventData>('events', raw.events, problems),
    actors: validateCollection<ActorData>('actors', raw.actors, problems),
    places: validateCollection<PlaceData>('places', raw.places, problems),
    eras: validateCollection<EraData>('eras', raw.eras, problems),
  };
  reportUnknownReferences(raw.events, index, raw, problems);
  reportMediaFiles(contentDir, index.events, problems);
  reportCoordinatesOutsideCountry(index.places, problems);
  return { problems, index };
}

/** One line per problem: `file: field `x`: message`. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const lines = problems.map(
    ({ file, field, message }) => `  ${file}: ${field ? `field \`${field}\` ` : ''}${message}`,
  );
  return `${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`;
}
