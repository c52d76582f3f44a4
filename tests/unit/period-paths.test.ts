import { describe, expect, it } from 'vitest';
import { entityPeriodPaths } from '../../src/lib/period-paths';
import { splitIntoPeriods } from '../../src/lib/period-pages';
import { englishLabels, event } from './fixtures';

describe('entityPeriodPaths', () => {
  it('gives an actor without events one first page', () => {
    const paths = entityPeriodPaths(splitIntoPeriods([], 10, englishLabels));
    expect(paths).toHaveLength(1);
    expect(paths[0]?.params).toEqual({ period: undefined });
    expect(paths[0]?.page.events).toEqual([]);
  });

  it('gives later periods a year or year/month path and every page the full page list', () => {
    const events = [
      event('a', '2021-05-01'),
      event('b', '2022-02-01'),
      event('c', '2022-03-01'),
      event('d', '2023-01-01'),
    ];
    const paths = entityPeriodPaths(splitIntoPeriods(events, 2, englishLabels));
    expect(paths.map(({ params }) => params.period)).toEqual([undefined, '2022', '2023']);
    for (const path of paths) expect(path.pages).toHaveLength(3);
  });
});
