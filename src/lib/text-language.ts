/**
 * The language and direction of an entry's text. An event may be written in another language than
 * the site's (`lang` in its frontmatter): its title, summary and account carry that `lang` (on the
 * elements, never on `<html>`, which would split Pagefind's index) and, when its script runs the
 * other way, a `dir`. On a right-to-left site, text of either direction (Latin names and titles in
 * Arabic pages) is isolated with `dir="auto"` so that its punctuation and numbers stay in place.
 */
export interface TextLanguage {
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
}

export type Direction = 'ltr' | 'rtl';

/** Scripts written right to left (ISO 15924), as CLDR's likely subtags name them. */
const RIGHT_TO_LEFT_SCRIPTS = new Set(['Adlm', 'Arab', 'Hebr', 'Mand', 'Nkoo', 'Rohg', 'Samr', 'Syrc', 'Thaa', 'Yezi']);

/** `rtl` for Arabic, Hebrew, Persian, Urdu…; `ltr` for everything else. */
export function directionOf(lang: string): Direction {
  const { script } = new Intl.Locale(lang).maximize();
  return script && RIGHT_TO_LEFT_SCRIPTS.has(script) ? 'rtl' : 'ltr';
}

/**
 * True for a BCP 47 language tag such as `fr`, `uk` or `pt-BR`: well-formed, with an ISO 639
 * language of two or three letters (BCP 47 reserves longer ones, so `French` is refused).
 */
export function isLanguageTag(value: string): boolean {
  try {
    return /^[a-z]{2,3}$/.test(new Intl.Locale(value).language);
  } catch {
    return false;
  }
}

/** Attributes for an entry's text on a page in `site`'s language and direction. */
export function textLanguage(entryLang: string | undefined, site: { lang: string; dir: Direction }): TextLanguage {
  if (entryLang && entryLang !== site.lang) {
    const dir = directionOf(entryLang);
    return { lang: entryLang, dir: dir === site.dir ? undefined : dir };
  }
  return { dir: site.dir === 'rtl' ? 'auto' : undefined };
}
