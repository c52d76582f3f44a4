import { describe, expect, it } from 'vitest';
import { correctionsNewestFirst } from '../../src/lib/corrections';
import { eventDate } from './fixtures';

const withCorrections = (id: string, ...corrections: [string, string][]) => ({
  id,
  data: { corrections: corrections.map(([date, text]) => ({ date: eventDate(date), text })) },
});

describe('correctionsNewestFirst', () => {
  it('lists every correction of every event, newest first, each with its event', () => {
    const events = [
      withCorrections('a', ['2022-03-02', 'a first'], ['2022-05-01', 'a second']),
      withCorrections('b'),
      withCorrections('c', ['2022-04-10', 'c only']),
    ];
    expect(correctionsNewestFirst(events).map(({ event, correction }) => `${event.id}: ${correction.text}`)).toEqual([
      'a: a second',
      'c: c only',
      'a: a first',
    ]);
  });

  it('puts corrections of one day in a fixed order: later event first, then the one listed last', () => {
    const events = [
      withCorrections('early', ['2022-06-01', 'early 1'], ['2022-06-01', 'early 2']),
      withCorrections('late', ['2022-06-01', 'late']),
    ];
    expect(correctionsNewestFirst(events).map(({ correction }) => correction.text)).toEqual([
      'late',
      'early 2',
      'early 1',
    ]);
  });
});
