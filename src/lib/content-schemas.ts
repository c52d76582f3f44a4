/**
 * The content format of SPEC.md as Zod schemas. `src/content.config.ts` builds Astro's collections
 * from them and `content-validation.ts` runs them over the raw files, so both read one definition.
 */
import { z } from 'astro/zod';
import { endsBeforeStart, parseEventDate, type EventDate } from './event-date';

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
      .url({ message: 'is not an absolute URL (https://…)' })
      .refine((url) => /^https?:$/.test(new URL(url).protocol), { message: 'must be an http:// or https:// address' })
      .optional(),
    /** Publication date of the report. */
    date: eventDateSchema.optional(),
  })
  .strict();

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
      /** An image (a path inside `content/media/`) or an `https://` address shown as a link (SPEC `media`). */
      media: z
        .object({
          src: z.string().trim().min(1),
          alt: z.string().trim().min(1),
          credit: z.string().trim().min(1).optional(),
          caption: z.string().trim().min(1).optional(),
        })
        .strict()
        .optional(),
    })
    .strict()
    .superRefine(endNotBeforeStart('the last day of the event'));
}

/** A check that `end`, when given, does not finish before `date` begins; `meaning` says what `end` is. */
function endNotBeforeStart(meaning: string) {
  return (entry: { date: EventDate; end?: EventDate | undefined }, context: z.RefinementCtx) => {
    if (entry.end && endsBeforeStart(entry.date, entry.end)) {
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

/** True for an assigned ISO 3166-1 alpha-2 code, as known to the runtime's ICU data. */
export function isCountryCode(code: string): boolean {
  const name = /^[A-Z]{2}$/.test(code) ? regionNames.of(code) : undefined;
  return name !== undefined && name !== 'Unknown Region';
}

/** English name of a country code, e.g. `France` for `FR`. */
export function countryName(code: string): string {
  return regionNames.of(code) ?? code;
}
