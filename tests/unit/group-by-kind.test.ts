import { describe, expect, it } from 'vitest';
import { groupByKind } from '../../src/lib/group-by-kind';

const entries = [
  { id: 'nato', data: { name: 'NATO', kind: 'organization' } },
  { id: 'emmanuel-macron', data: { name: 'Emmanuel Macron', kind: 'person' } },
  { id: 'antonio-guterres', data: { name: 'António Guterres', kind: 'person' } },
  { id: 'alexander-lukashenko', data: { name: 'alexander Lukashenko', kind: 'person' } },
];
const labels = { person: 'People', organization: 'Organisations', state: 'States' };

describe('groupByKind', () => {
  it('groups entries in the order of the kind labels, leaving out empty kinds', () => {
    expect(groupByKind(entries, labels).map(({ label }) => label)).toEqual(['People', 'Organisations']);
  });

  it('sorts each group by name, ignoring case and accents', () => {
    const [people] = groupByKind(entries, labels);
    expect(people?.entries.map(({ id }) => id)).toEqual([
      'alexander-lukashenko',
      'antonio-guterres',
      'emmanuel-macron',
    ]);
  });
});
