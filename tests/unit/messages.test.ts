import { describe, expect, it } from 'vitest';
import { createTranslator, LANGUAGES, resolveLanguage, type LanguageCode } from '../../src/lib/messages';
import en from '../../src/lib/messages/en.json';

const codes = Object.keys(LANGUAGES) as LanguageCode[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort();
const textsOf = (message: unknown): string[] =>
  typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);

describe('interface messages', () => {
  it('fills placeholders and picks the plural form for a count', () => {
    const english = createTranslator('en');
    expect(english.t('nav.timeline')).toBe('Timeline');
    expect(english.count('count.events', 1)).toBe('1 event');
    expect(english.count('count.events', 1200)).toBe('1,200 events');
  });

  it('counts with the plural forms of Ukrainian and Arabic', () => {
    const ukrainian = createTranslator('uk');
    expect([1, 3, 5, 11, 21, 22, 25].map((n) => ukrainian.count('count.events', n))).toEqual([
      '1 подія',
      '3 події',
      '5 подій',
      '11 подій',
      '21 подія',
      '22 події',
      '25 подій',
    ]);
    const arabic = createTranslator('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => arabic.count('count.events', n))).toEqual([
      'لا أحداث',
      'حدث واحد',
      'حدثان',
      '3 أحداث',
      '11 حدثًا',
      '100 حدث',
    ]);
  });

  it('writes numbers as the language does', () => {
    expect(createTranslator('de').count('count.events', 1200)).toBe('1.200 Ereignisse');
    expect(createTranslator('fr').number(1200)).toBe('1\u202f200');
  });

  it('an unsupported SITE_LANGUAGE fails with the list of supported languages', () => {
    expect(() => resolveLanguage('xx')).toThrow(
      /SITE_LANGUAGE "xx" is not a supported language\. Supported: en, uk, fr, de, es, ar/,
    );
    expect(resolveLanguage(undefined)).toBe('en');
    expect(resolveLanguage(' uk ')).toBe('uk');
  });

  it('says which way each language is written', () => {
    expect(codes.filter((code) => LANGUAGES[code].dir === 'rtl')).toEqual(['ar']);
  });
});

describe.each(codes)('the %s message file', (code) => {
  const messages: Record<string, unknown> = LANGUAGES[code].messages;

  it('has every key of en.json and no other', () => {
    const missing = Object.keys(en).filter((key) => !Object.hasOwn(messages, key));
    const unknown = Object.keys(messages).filter((key) => !Object.hasOwn(en, key));
    expect(missing, `language ${code} lacks these keys`).toEqual([]);
    expect(unknown, `language ${code} has keys that en.json does not`).toEqual([]);
  });

  it('keeps the placeholders of every English message', () => {
    const wrong = Object.entries(en).flatMap(([key, english]) => {
      const expected = placeholders(textsOf(english)[0] ?? '').filter((name) => name !== 'count');
      return textsOf(messages[key] ?? '').some(
        (text) =>
          placeholders(text)
            .filter((name) => name !== 'count')
            .join() !== expected.join(),
      )
        ? [key]
        : [];
    });
    expect(wrong, `language ${code}: messages whose placeholders differ from English`).toEqual([]);
  });

  it('has a form for every plural category the language uses', () => {
    const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
    const incomplete = Object.entries(en).flatMap(([key, english]) => {
      if (typeof english === 'string') return [];
      const forms = (messages[key] ?? {}) as Record<string, string>;
      const missing = categories.filter((category) => !forms[category]);
      return missing.length > 0 ? [`${key}: ${missing.join(', ')}`] : [];
    });
    expect(incomplete, `language ${code}: counted messages without these plural forms`).toEqual([]);
  });
});
