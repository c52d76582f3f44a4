/**
 * Interface strings, one JSON file per language with `en.json` as the list of keys. A message is a
 * string with `{name}` placeholders, or an object of plural forms (`Intl.PluralRules` categories)
 * for messages that hold a count.
 */
import en from './en.json';
import { fillMessage, type PluralForms } from './plural';

type Catalogue = typeof en;
/** Keys of plain messages. */
export type MessageKey = { [K in keyof Catalogue]: Catalogue[K] extends string ? K : never }[keyof Catalogue];
/** Keys of messages with plural forms, used through `count()`. */
export type CountKey = Exclude<keyof Catalogue, MessageKey>;
export type Messages = { [K in keyof Catalogue]: Catalogue[K] extends string ? string : PluralForms };

interface Language {
  messages: Messages;
  dir: 'ltr' | 'rtl';
}

/** Every language the interface ships in. */
export const LANGUAGES = {
  en: { messages: en, dir: 'ltr' },
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
  /** A plain message with its `{name}` placeholders filled in. */
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  /** A counted message in the plural form for `count`, the number formatted for the language. */
  count: (key: CountKey, count: number, values?: Record<string, string | number>) => string;
  /** The plural forms of a counted message, for client scripts (see `formatCount` in ./plural). */
  forms: (key: CountKey) => PluralForms;
  /** A number as the language writes it. */
  number: (value: number) => string;
}

export function createTranslator(lang: LanguageCode): Translator {
  const { messages, dir } = LANGUAGES[lang] as Language;
  const numbers = new Intl.NumberFormat(lang);
  const plurals = new Intl.PluralRules(lang);
  const fill = (template: string, values: Record<string, string | number> = {}) =>
    fillMessage(template, values, numbers);
  return {
    lang,
    dir,
    t: (key, values) => fill(messages[key], values),
    count: (key, count, values) => {
      const forms = messages[key];
      return fill(forms[plurals.select(count)] ?? forms.other, { ...values, count });
    },
    forms: (key) => messages[key],
    number: (value) => numbers.format(value),
  };
}
