/**
 * Interface strings, one JSON file per language with `en.json` as the list of keys. A message is a
 * string with `{name}` placeholders, or an object of plural forms (`Intl.PluralRules` categories)
 * for messages that hold a count. Each language also says its writing direction and how it
 * writes dates (src/lib/event-date.ts).
 */
import { createDateFormat, DATE_PATTERNS, type DateFormat, type DatePatterns } from '../event-date';
import ar from './ar.json';
import de from './de.json';
import en from './en.json';
import es from './es.json';
import { fillCount, fillMessage, type MessageValues, type PluralForms } from './plural';
import fr from './fr.json';
import uk from './uk.json';

type Catalogue = typeof en;
/** Keys of plain messages. */
export type MessageKey = { [K in keyof Catalogue]: Catalogue[K] extends string ? K : never }[keyof Catalogue];
/** Keys of messages with plural forms, used through `count()`. */
export type CountKey = Exclude<keyof Catalogue, MessageKey>;
export type Messages = { [K in keyof Catalogue]: Catalogue[K] extends string ? string : PluralForms };

interface Language {
  /** The language's own name, for people choosing one. */
  name: string;
  /** A partial file would pass the type check: the unit tests name every missing key. */
  messages: Partial<Messages>;
  dir: 'ltr' | 'rtl';
  dates: DatePatterns;
  /** Open Graph's `og:locale`. */
  ogLocale: string;
}

/** Every language the interface ships in; `SITE_LANGUAGE` picks one per build. */
export const LANGUAGES = {
  en: { name: 'English', messages: en, dir: 'ltr', dates: DATE_PATTERNS.en, ogLocale: 'en_GB' },
  uk: { name: 'Українська', messages: uk, dir: 'ltr', dates: DATE_PATTERNS.uk, ogLocale: 'uk_UA' },
  fr: { name: 'Français', messages: fr, dir: 'ltr', dates: DATE_PATTERNS.fr, ogLocale: 'fr_FR' },
  de: { name: 'Deutsch', messages: de, dir: 'ltr', dates: DATE_PATTERNS.de, ogLocale: 'de_DE' },
  es: { name: 'Español', messages: es, dir: 'ltr', dates: DATE_PATTERNS.es, ogLocale: 'es_ES' },
  ar: { name: 'العربية', messages: ar, dir: 'rtl', dates: DATE_PATTERNS.ar, ogLocale: 'ar_AR' },
} as const satisfies Record<string, Language>;

export type LanguageCode = keyof typeof LANGUAGES;

export function isSupportedLanguage(code: string): code is LanguageCode {
  return Object.hasOwn(LANGUAGES, code);
}

/** The language of `SITE_LANGUAGE`; anything unsupported stops the build with the supported list. */
export function resolveLanguage(value: string | undefined): LanguageCode {
  const code = (value ?? '').trim() || 'en';
  if (isSupportedLanguage(code)) return code;
  throw new Error(
    `SITE_LANGUAGE "${code}" is not a supported language. Supported: ${Object.keys(LANGUAGES).join(', ')}.`,
  );
}

export interface Translator {
  lang: LanguageCode;
  dir: 'ltr' | 'rtl';
  ogLocale: string;
  /** A plain message with its `{name}` placeholders filled in. */
  t: (key: MessageKey, values?: MessageValues) => string;
  /** A counted message in the plural form for `count`, the number formatted for the language. */
  count: (key: CountKey, count: number, values?: MessageValues) => string;
  /** The plural forms of a counted message, for client scripts (see `formatCount` in ./plural). */
  forms: (key: CountKey) => PluralForms;
  /** A number as the language writes it (grouping, decimal sign; `options` for more digits). */
  number: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** Dates as the language writes them. */
  dates: DateFormat;
}

/**
 * The interface in one language. A key the language lacks falls back to English, so a build never
 * shows a bare key; the unit tests fail on any missing key of a shipped language.
 */
export function createTranslator(lang: LanguageCode): Translator {
  const { messages, dir, dates, ogLocale } = LANGUAGES[lang] as Language;
  const lookup = <Key extends keyof Catalogue>(key: Key): Messages[Key] => (messages[key] ?? en[key]) as Messages[Key];
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  const t: Translator['t'] = (key, values = {}) => fillMessage(lookup(key), values, numbers);
  return {
    lang,
    dir,
    ogLocale,
    t,
    count: (key, count, values = {}) => fillCount(lookup(key), count, values, plurals, numbers),
    forms: lookup,
    number: (value, options) => (options ? new Intl.NumberFormat(lang, options) : numbers).format(value),
    dates: createDateFormat(dates, {
      approximate: {
        year: t('date.approximateYear'),
        month: t('date.approximateMonth'),
        day: t('date.approximateDay'),
      },
      monthNotKnown: t('date.monthNotKnown'),
      dayNotKnown: t('date.dayNotKnown'),
    }),
  };
}
