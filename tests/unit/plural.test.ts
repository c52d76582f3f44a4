import { describe, expect, test } from 'vitest';
import { formatCount } from '../../src/lib/messages/plural';

describe('counted messages in client scripts', () => {
  test('pick the plural form of the language and write the number its way', () => {
    const events = { one: '{count} event', other: '{count} events' };
    expect(formatCount(events, 1, 'en')).toBe('1 event');
    expect(formatCount(events, 1234, 'en')).toBe('1,234 events');
    const ukrainian = { one: '{count} подія', few: '{count} події', many: '{count} подій', other: '{count} події' };
    expect([1, 3, 5].map((count) => formatCount(ukrainian, count, 'uk'))).toEqual(['1 подія', '3 події', '5 подій']);
  });

  test('fall back to the "other" form when a language’s form is missing', () => {
    expect(formatCount({ other: '{count} results' }, 1, 'en')).toBe('1 results');
  });
});
