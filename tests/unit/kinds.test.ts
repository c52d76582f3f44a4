import { describe, expect, it } from 'vitest';
import { formatCoordinates, kindLabel, pluralLabels } from '../../src/lib/kinds';
import { createTranslator } from '../../src/lib/messages';
import { english } from './fixtures';

describe('kind labels', () => {
  it('names kinds in British English for pages and index headings', () => {
    expect(kindLabel('organization', english)).toBe('Organisation');
    expect(pluralLabels(['person', 'state'], english)).toEqual({ person: 'People', state: 'States' });
  });

  it('names kinds in the site language', () => {
    expect(kindLabel('city', createTranslator('uk'))).toBe('Місто або селище');
    expect(pluralLabels(['country'], createTranslator('ar'))).toEqual({ country: 'بلدان' });
  });
});

describe('formatCoordinates', () => {
  it('writes hemispheres instead of signs', () => {
    expect(formatCoordinates([47.0951, 37.5413], english)).toBe('47.0951° N, 37.5413° E');
    expect(formatCoordinates([-8.7994, -115.2267], english)).toBe('8.7994° S, 115.2267° W');
  });

  it('writes decimals and hemispheres as the language does', () => {
    expect(formatCoordinates([47.0951, 37.5413], createTranslator('uk'))).toBe('47,0951° пн. ш., 37,5413° сх. д.');
    expect(formatCoordinates([48.8566, -2.3522], createTranslator('de'))).toBe('48,8566° N, 2,3522° W');
    expect(formatCoordinates([-8.7994, 115.2267], createTranslator('es'))).toBe('8,7994° S, 115,2267° E');
  });
});
