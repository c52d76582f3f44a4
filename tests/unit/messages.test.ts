import { describe, expect, it } from 'vitest';
import { createTranslator, LANGUAGES, resolveLanguage } from '../../src/lib/messages';
import en from '../../src/lib/messages/en.json';

describe('interface messages', () => {
  it('fills placeholders and picks the plural form for a count', () => {
    const english = createTranslator('en');
    expect(english.t('nav.timeline')).toBe('Timeline');
    expect(english.count('count.events', 1)).toBe('1 event');
    expect(english.count('count.events', 1200)).toBe('1,200 events');
  });

  it('an unsupported SITE_LANGUAGE fails with the list of supported languages', () => {
    expect(() => resolveLanguage('xx')).toThrow(/SITE_LANGUAGE "xx" is not a supported language\. Supported: en/);
    expect(resolveLanguage(undefined)).toBe('en');
  });

  it('every shipped language has every key of en.json', () => {
    const keys = Object.keys(en);
    for (const [code, { messages }] of Object.entries(LANGUAGES)) {
      const missing = keys.filter((key) => !Object.hasOwn(messages, key));
      expect(missing, `language ${code} lacks keys`).toEqual([]);
    }
  });
});
