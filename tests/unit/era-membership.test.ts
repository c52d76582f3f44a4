import { describe, expect, it } from 'vitest';
import { byEraOrder, eraMembership, spansOverlap } from '../../src/lib/era-membership';
import { eventDate, ids } from './fixtures';

function span(id: string, date: unknown, end?: unknown) {
  return { id, data: { date: eventDate(date), ...(end !== undefined && { end: eventDate(end) }) } };
}

function era(id: string, date: unknown, end: unknown, title = id) {
  return { id, data: { date: eventDate(date), end: eventDate(end), title } };
}

describe('spansOverlap', () => {
  it('an event on the first or last day of an era belongs to it, the day before or after does not', () => {
    const kyiv = era('kyiv', '2022-02-24', '2022-04-02');
    expect(spansOverlap(span('first', '2022-02-24'), kyiv)).toBe(true);
    expect(spansOverlap(span('last', '2022-04-02'), kyiv)).toBe(true);
    expect(spansOverlap(span('before', '2022-02-23'), kyiv)).toBe(false);
    expect(spansOverlap(span('after', '2022-04-03'), kyiv)).toBe(false);
  });

  it('a month- or year-precision event covers its whole month or year', () => {
    const lateMarch = era('late-march', '2022-03-25', '2022-03-31');
    expect(spansOverlap(span('march', '2022-03'), lateMarch)).toBe(true);
    expect(spansOverlap(span('year', 2022), lateMarch)).toBe(true);
    expect(spansOverlap(span('april', '2022-04'), lateMarch)).toBe(false);
  });

  it('an era written by month or year runs to the end of that month or year', () => {
    const spring = era('spring', '2022-03', '2022-05');
    expect(spansOverlap(span('may-31', '2022-05-31'), spring)).toBe(true);
    expect(spansOverlap(span('june-1', '2022-06-01'), spring)).toBe(false);
    expect(spansOverlap(span('late-1991', '1991-12-31'), era('y1991', 1991, 1991))).toBe(true);
  });

  it('a multi-day event that starts before an era and ends inside it belongs to it', () => {
    const talks = era('talks', '2022-03-10', '2022-03-20');
    expect(spansOverlap(span('summit', '2022-03-08', '2022-03-10'), talks)).toBe(true);
    expect(spansOverlap(span('summit', '2022-03-08', '2022-03-09'), talks)).toBe(false);
  });

  it('a timed event belongs to the era covering its written day, whatever its offset', () => {
    const oneDay = era('one-day', '2022-03-21', '2022-03-21');
    expect(spansOverlap(span('late', '2022-03-21T23:30+03:00'), oneDay)).toBe(true);
    expect(spansOverlap(span('early', '2022-03-22T00:30-10:00'), oneDay)).toBe(false);
  });
});

describe('eraMembership', () => {
  const events = [
    span('y1991', 1991),
    span('march', '2022-03'),
    span('march-10', '2022-03-10', '2022-03-11'),
    span('april-5', '2022-04-05'),
    span('june', '2022-06-15'),
  ];

  it('overlapping eras both hold the events they share, and an event lists both', () => {
    const eras = [era('spring', '2022-03-01', '2022-04-30'), era('talks', '2022-03-11', '2022-06-30')];
    const { eventsByEra, erasByEvent } = eraMembership(eras, events);
    expect(ids(eventsByEra.get('spring') ?? [])).toEqual(['march', 'march-10', 'april-5']);
    expect(ids(eventsByEra.get('talks') ?? [])).toEqual(['march', 'march-10', 'april-5', 'june']);
    expect(ids(erasByEvent.get('march-10') ?? [])).toEqual(['spring', 'talks']);
    expect(erasByEvent.has('y1991')).toBe(false);
  });

  it('an era without events is listed with none', () => {
    const { eventsByEra } = eraMembership([era('empty', '2010', '2011')], events);
    expect(eventsByEra.get('empty')).toEqual([]);
  });
});

describe('byEraOrder', () => {
  it('orders by start, then the era ending first, then by title', () => {
    const eras = [
      era('c', '2022-03', '2022-12', 'Long'),
      era('b', '2022-03', '2022-04', 'Short'),
      era('a', '2022-02-24', '2022-04-02', 'Kyiv'),
      era('d', '2022-03', '2022-04', 'Also short'),
    ];
    expect(ids([...eras].sort(byEraOrder))).toEqual(['a', 'd', 'b', 'c']);
  });
});
