import { describe, expect, it } from 'vitest';
import { directionOf, isLanguageTag, textLanguage } from '../../src/lib/text-language';

describe('text language', () => {
  it('knows which languages are written right to left', () => {
    expect(['ar', 'fa', 'he', 'ur', 'yi'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'uk', 'fr', 'zh', 'sr-Cyrl'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr', 'ltr', 'ltr']);
  });

  it('accepts BCP 47 language codes and refuses language names', () => {
    expect(['fr', 'uk', 'pt-BR', 'zh-Hant', 'ast'].every(isLanguageTag)).toBe(true);
    expect(['French', 'f', 'en_GB', '', 'fr-'].some(isLanguageTag)).toBe(false);
  });

  it('marks an entry in another language with its lang, and its dir when its script runs the other way', () => {
    expect(textLanguage('fr', { lang: 'en', dir: 'ltr' })).toEqual({ lang: 'fr', dir: undefined });
    expect(textLanguage('ar', { lang: 'en', dir: 'ltr' })).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(textLanguage('en', { lang: 'ar', dir: 'rtl' })).toEqual({ lang: 'en', dir: 'ltr' });
  });

  it('adds nothing to text in the site language on a left-to-right site, and isolates it on a right-to-left one', () => {
    expect(textLanguage(undefined, { lang: 'en', dir: 'ltr' })).toEqual({ dir: undefined });
    expect(textLanguage('uk', { lang: 'uk', dir: 'ltr' })).toEqual({ dir: undefined });
    expect(textLanguage(undefined, { lang: 'ar', dir: 'rtl' })).toEqual({ dir: 'auto' });
  });
});
