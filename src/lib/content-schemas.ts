/**
 * The content format of SPEC.md as Zod schemas. `src/content.config.ts` builds Astro's collections
 * from them and `content-validation.ts` runs them over the raw files, so both read one definition.
 */
import { z } from 'astro/zod';
import { endsBeforeStart, parseEventDate, startsBefore, type EventDate } from './event-date';
import { isLanguageTag } from './text-language';

/** Ids are file names: lowercase letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TAG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const idSchema = z.string().regex(ID_PATTERN, {
  message: 'is not an id: ids are lowercase letters, digits and single hyphens, like `emmanuel-macron`',
});

/** Any SPEC date form; YAML hands it over as a string, a number or a UTC `Date`. */
export const eventDateSchema = z.unknown().transform((value, context) => {
  if (value === undefined) {
    context.addIssue({ code: z.ZodIssueCode.custom, message: 'is required: add a date such as `2022-03-19`' });
    return z.NEVER;
  }
  const result = parseEventDate(value);
  if (result.ok) return result.date;
  context.addIssue({ code: z.ZodIssueCode.custom, message: result.message });
  return z.NEVER;
});

const countryCode = z.string().refine((code) => isCountryCode(code), {
  message: 'is not an ISO 3166-1 alpha-2 country code (two capital letters, e.g. `FR`, `UA`)',
});

const wikidataId = z.string().regex(/^Q[1-9]\d*$/, { message: 'is not a Wikidata id: write `Q` followed by digits' });

const aliases = z.array(z.string().trim().min(1)).default([]);

/** A report the facts come from. */
export const sourceSchema = z
  .object({
    /** Who published it, e.g. `Reuters`. */
    publisher: z.string().trim().min(1),
    /** Headline of the report. */
    title: z.string().trim().min(1).optional(),
    /** Address of the report; only when it is certainly the real one. */
    url: z
      .string()
      .superRefine((url, context) => {
        // Zod runs refinements after a failed `.url()` check too, so nothing here may assume a
        // parsable address: `new URL('not a url')` throws.
        const problem = webAddressProblem(url);
        if (problem) context.addIssue({ code: z.ZodIssueCode.custom, message: problem });
      })
      .optional(),
    /** Publication date of the report. */
    date: eventDateSchema.optional(),
  })
  .strict();

/** Why `url` is not an http(s) address an editor may cite, or undefined when it is one. */
function webAddressProblem(url: string): string | undefined {
  if (!URL.canParse(url)) return `"${url}" is not an absolute URL: write the full address, starting with https://`;
  if (!/^https?:$/.test(new URL(url).protocol)) return `"${url}" must be an http:// or https:// address`;
  return undefined;
}

/** A calendar day (`YYYY-MM-DD`), for `updated` and correction dates. */
const daySchema = eventDateSchema.superRefine((date, context) => {
  if (isEventDate(date) && date.precision !== 'day') {
    context.addIssue({
      code: z.ZodIssueCode.custom,
      message: `"${date.written}" is not a day: write the day as YYYY-MM-DD, e.g. 2022-03-19`,
    });
  }
});

/** A published correction of an event's account. */
export const correctionSchema = z
  .object({
    /** The day the correction was published; not before the event's date. */
    date: daySchema,
    /** What was wrong and what is right now, in a sentence or two. */
    text: z.string().trim().min(1).max(400),
  })
  .strict();

/**
 * What an event shows beside its account. `src` is either a file path inside the content folder's
 * `media/` (optimised by the build; whether it stays inside the folder and exists is checked by
 * `content-validation.ts`, which knows that folder) or an `https://` address, shown as a link and
 * never fetched or hot-linked.
 */
export const mediaSchema = z
  .object({
    /** `photos/kyiv-station.jpg` (relative to `content/media/`) or `https://…`. */
    src: z
      .string()
      .trim()
      .min(1)
      .superRefine((src, context) => {
        const problem = mediaSourceProblem(src);
        if (problem) context.addIssue({ code: z.ZodIssueCode.custom, message: problem });
      }),
    /** Text alternative of the image: what it shows, for readers who cannot see it. Required for a local image. */
    alt: z.string().trim().min(1).max(400).optional(),
    /** Who made it, e.g. `Photo: Jane Doe / Reuters`. */
    credit: z.string().trim().min(1).max(200).optional(),
    /** A sentence shown under it. */
    caption: z.string().trim().min(1).max(400).optional(),
  })
  .strict()
  .superRefine((media, context) => {
    if (typeof media.src === 'string' && isLocalMedia(media.src) && media.alt === undefined) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['alt'],
        message: 'is required for an image: describe what it shows, e.g. `alt: Macron and Putin at a long table`',
      });
    }
  });

/** True for a `media.src` that names a file in `content/media/` rather than an `https://` address. */
export function isLocalMedia(src: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(src);
}

/**
 * Why a `media.src` may not be used, or undefined. Only `https://` addresses and relative paths that
 * stay inside `content/media/` pass: an entry must never publish a file of the build machine or
 * carry a `javascript:` or `data:` address into a page.
 */
export function mediaSourceProblem(src: string): string | undefined {
  const fix = 'write a path inside content/media/ such as `photos/summit.jpg`, or an https:// address';
  if (!isLocalMedia(src)) {
    const scheme = src.slice(0, src.indexOf(':') + 1).toLowerCase();
    if (scheme !== 'https:') return `"${src}" uses a \`${scheme}\` address, which is not allowed: ${fix}`;
    return URL.canParse(src) ? undefined : `"${src}" is not a valid https:// address: ${fix}`;
  }
  if (src.startsWith('/') || src.startsWith('\\') || /^[a-z]:/i.test(src))
    return `"${src}" is an absolute path: ${fix}`;
  if (src.split(/[\\/]/).some((part) => part === '..')) return `"${src}" leaves the media folder (\`..\`): ${fix}`;
  return undefined;
}

/** True when a schema's value is a parsed date, not Zod's marker for a failed one. */
function isEventDate(value: unknown): value is EventDate {
  return typeof value === 'object' && value !== null && 'written' in value && 'precision' in value;
}

/**
 * Event frontmatter. `actorId` and `placeId` are the schemas for a reference: plain ids when the
 * raw files are validated, Astro's `reference()` inside the collections.
 */
export function createEventSchema<Actor extends z.ZodTypeAny, Place extends z.ZodTypeAny>(
  actorId: Actor,
  placeId: Place,
) {
  return z
    .object({
      /** Headline. */
      title: z.string().trim().min(1).max(160),
      /** When it happened, at the precision written. */
      date: eventDateSchema,
      /** Last day of a multi-day event; not before `date`. */
      end: eventDateSchema.optional(),
      /** The date is uncertain ("about March 2022"). */
      approximate: z.boolean().default(false),
      /** One or two sentences for cards, feeds, meta descriptions and search excerpts. */
      summary: z.string().trim().min(1).max(400),
      /** Who acted or was addressed; may be empty but must be present. */
      actors: z.array(actorId),
      /** Where it happened or what it concerned. */
      places: z.array(placeId).default([]),
      /** Topics: lowercase words or kebab-case phrases. */
      tags: z
        .array(
          z.string().regex(TAG_PATTERN, {
            message: 'is not a tag: use lowercase words joined by hyphens, like `humanitarian-corridors`',
          }),
        )
        .default([]),
      /** Where the facts come from; at least one. */
      sources: z.array(sourceSchema).min(1),
      /** 1 minor, 2 default, 3 key event. */
      importance: z.union([z.literal(1), z.literal(2), z.literal(3)]).default(2),
      /** Left out of the production build. */
      draft: z.boolean().default(false),
      /** Language of the entry's text (BCP 47) when it differs from the site's; its text is marked up with it. */
      lang: z
        .string()
        .trim()
        .refine(isLanguageTag, {
          message: 'is not a BCP 47 language code: write one such as `fr`, `uk`, `ar` or `pt-BR`',
        })
        .optional(),
      /** An image (`content/media/…`) or an `https://` link to a video, post or picture elsewhere. */
      media: mediaSchema.optional(),
      /** Last substantive change to the account; not before `date`. */
      updated: daySchema.optional(),
      /** Published corrections, oldest first. */
      corrections: z.array(correctionSchema).default([]),
    })
    .strict()
    .superRefine((event, context) => {
      // Zod runs this after field errors too: a field that failed holds no parsed date.
      if (!isEventDate(event.date)) return;
      const start = event.date;
      const notBeforeStart = (date: unknown, path: (string | number)[], what: string) => {
        if (isEventDate(date) && startsBefore(date, start)) {
          context.addIssue({
            code: z.ZodIssueCode.custom,
            path,
            message: `${date.written} is before the event's date ${start.written}; ${what}`,
          });
        }
      };
      endNotBeforeStart('the last day of the event')(event, context);
      notBeforeStart(event.updated, ['updated'], '`updated` is the day of the last change to the account');
      if (!Array.isArray(event.corrections)) return;
      event.corrections.forEach((correction: unknown, position) => {
        const date = (correction as { date?: unknown } | undefined)?.date;
        notBeforeStart(date, ['corrections', position, 'date'], 'a correction is published after the event');
        const previous = (event.corrections[position - 1] as { date?: unknown } | undefined)?.date;
        if (isEventDate(date) && isEventDate(previous) && startsBefore(date, previous)) {
          context.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['corrections', position, 'date'],
            message: `${date.written} is before the correction above it (${previous.written}); list corrections oldest first`,
          });
        }
      });
    });
}

/** A check that `end`, when given, does not finish before `date` begins; `meaning` says what `end` is. */
function endNotBeforeStart(meaning: string) {
  return (entry: { date: EventDate; end?: EventDate | undefined }, context: z.RefinementCtx) => {
    // Zod runs refinements after field errors too: a field that failed holds no parsed date.
    if (isEventDate(entry.date) && isEventDate(entry.end) && endsBeforeStart(entry.date, entry.end)) {
      context.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['end'],
        message: `${entry.end.written} is before the start date ${entry.date.written}; \`end\` is ${meaning}`,
      });
    }
  };
}

/** Era frontmatter: a named period of the story, drawn as a band on time axes. Eras may overlap. */
export const eraSchema = z
  .object({
    /** Name of the period, e.g. `The battle for Kyiv`. */
    title: z.string().trim().min(1).max(120),
    /** Start, in any form an event's `date` takes. */
    date: eventDateSchema,
    /** End, in the same forms; required, and not before `date`. */
    end: eventDateSchema,
    /** One or two sentences for the era index, bands and meta descriptions. */
    summary: z.string().trim().min(1).max(400),
    /** Reports that name the period or its turning points. */
    sources: z.array(sourceSchema).min(1).optional(),
  })
  .strict()
  .superRefine(endNotBeforeStart('the last day of the period'));

/** Actor frontmatter: a person, organisation, state or group. */
export const actorSchema = z
  .object({
    /** Display name, e.g. `Volodymyr Zelenskyy`. */
    name: z.string().trim().min(1),
    kind: z.enum(['person', 'organization', 'state', 'group']),
    /** e.g. `President of France`. */
    role: z.string().trim().min(1).optional(),
    /** ISO 3166-1 alpha-2. */
    country: countryCode.optional(),
    /** Other spellings and scripts; shown on the actor's page and searchable. */
    aliases,
    /** Wikidata item, linked from the actor's page. */
    wikidata: wikidataId.optional(),
  })
  .strict();

/** Place frontmatter. */
export const placeSchema = z
  .object({
    name: z.string().trim().min(1),
    kind: z.enum(['city', 'country', 'region', 'site']),
    /** ISO 3166-1 alpha-2. */
    country: countryCode.optional(),
    /** `[latitude, longitude]` in decimal degrees. */
    coordinates: z.tuple([z.number().min(-90).max(90), z.number().min(-180).max(180)]).optional(),
    /** Other spellings and scripts, searchable. */
    aliases,
    wikidata: wikidataId.optional(),
  })
  .strict();

export const rawEventSchema = createEventSchema(idSchema, idSchema);
export type EventData = z.output<typeof rawEventSchema>;
export type ActorData = z.output<typeof actorSchema>;
export type PlaceData = z.output<typeof placeSchema>;
export type EraData = z.output<typeof eraSchema>;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
const regionNamesByLanguage = new Map<string, Intl.DisplayNames>([['en', regionNames]]);

/** True for an assigned ISO 3166-1 alpha-2 code, as known to the runtime's ICU data. */
export function isCountryCode(code: string): boolean {
  const name = /^[A-Z]{2}$/.test(code) ? regionNames.of(code) : undefined;
  return name !== undefined && name !== 'Unknown Region';
}

/** Name of a country code in the language `lang`, e.g. `France` for `FR` in English, `Франція` in Ukrainian. */
export function countryName(code: string, lang: string): string {
  let names = regionNamesByLanguage.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    regionNamesByLanguage.set(lang, names);
  }
  return names.of(code) ?? code;
}
