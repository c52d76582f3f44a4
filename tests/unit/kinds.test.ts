import { describe, expect, it } from 'vitest';
import { formatCoordinates, KIND_LABELS, pluralLabels } from '../../src/lib/kinds';

describe('kind labels', () => {
  it('names kinds in British English for pages and index headings', () => {
    expect(KIND_LABELS.organization.one).toBe('Organisation');
    expect(pluralLabels(['person', 'state'])).toEqual({ person: 'People', state: 'States' });
  });
});

describe('formatCoordinates', () => {
  it('writes hemispheres instead of signs', () => {
    expect(formatCoordinates([47.0951, 37.5413])).toBe('47.0951° N, 37.5413° E');
    expect(formatCoordinates([-8.7994, -115.2267])).toBe('8.7994° S, 115.2267° W');
  });
});
