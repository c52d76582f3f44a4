/**
 * Dates in every interface language: month and weekday names, grammatical case, word order,
 * "about" for uncertain dates and ranges, as a reader of that language expects them. Precision and
 * offsets are those of the English forms (tests/unit/event-date.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { createTranslator, LANGUAGES, type LanguageCode } from '../../src/lib/messages';
import { eventDate as date } from './fixtures';

const dates = (lang: LanguageCode) => createTranslator(lang).dates;

/** The forms each language must produce, from the same written dates. */
const EXPECTED: Record<LanguageCode, Record<string, string>> = {
  en: {
    day: '18 March 2022',
    time: '21 March 2022, 23:30 UTC+3',
    month: 'March 2022',
    heading: 'Friday 18 March 2022',
    rangeInMonth: '10–11 March 2022',
    rangeInYear: '28 June – 2 July 2022',
    approximateMonth: 'about March 2022',
    approximateDay: 'about 18 March 2022',
    monthHeading: 'March 2022',
    dayNotKnown: 'March 2022, day not known',
    monthNotKnown: '2022, month not known',
    firstOfMonth: '1 March 2022',
  },
  uk: {
    // Genitive after a day ("18 березня"), nominative on its own ("березень 2022").
    day: '18 березня 2022',
    time: '21 березня 2022, 23:30 UTC+3',
    month: 'березень 2022',
    heading: 'П’ятниця, 18 березня 2022',
    rangeInMonth: '10–11 березня 2022',
    rangeInYear: '28 червня – 2 липня 2022',
    approximateMonth: 'приблизно березень 2022',
    approximateDay: 'приблизно 18 березня 2022',
    monthHeading: 'Березень 2022',
    dayNotKnown: 'Березень 2022, день невідомий',
    monthNotKnown: '2022, місяць невідомий',
    firstOfMonth: '1 березня 2022',
  },
  fr: {
    day: '18 mars 2022',
    time: '21 mars 2022 à 23:30 UTC+3',
    month: 'mars 2022',
    heading: 'Vendredi 18 mars 2022',
    rangeInMonth: '10–11 mars 2022',
    rangeInYear: '28 juin – 2 juillet 2022',
    approximateMonth: 'vers mars 2022',
    approximateDay: 'vers le 18 mars 2022',
    monthHeading: 'Mars 2022',
    dayNotKnown: 'Mars 2022, jour inconnu',
    monthNotKnown: '2022, mois inconnu',
    firstOfMonth: '1er mars 2022',
  },
  de: {
    day: '18. März 2022',
    time: '21. März 2022, 23:30 Uhr UTC+3',
    month: 'März 2022',
    heading: 'Freitag, 18. März 2022',
    rangeInMonth: '10.–11. März 2022',
    rangeInYear: '28. Juni – 2. Juli 2022',
    approximateMonth: 'etwa März 2022',
    approximateDay: 'um den 18. März 2022',
    monthHeading: 'März 2022',
    dayNotKnown: 'März 2022, Tag unbekannt',
    monthNotKnown: '2022, Monat unbekannt',
    firstOfMonth: '1. März 2022',
  },
  es: {
    day: '18 de marzo de 2022',
    time: '21 de marzo de 2022, 23:30 UTC+3',
    month: 'marzo de 2022',
    heading: 'Viernes, 18 de marzo de 2022',
    rangeInMonth: '10–11 de marzo de 2022',
    rangeInYear: '28 de junio – 2 de julio de 2022',
    approximateMonth: 'hacia marzo de 2022',
    approximateDay: 'hacia el 18 de marzo de 2022',
    monthHeading: 'Marzo de 2022',
    dayNotKnown: 'Marzo de 2022, día desconocido',
    monthNotKnown: '2022, mes desconocido',
    firstOfMonth: '1 de marzo de 2022',
  },
  ar: {
    day: '18 مارس 2022',
    time: '21 مارس 2022، 23:30 UTC+3',
    month: 'مارس 2022',
    heading: 'الجمعة، 18 مارس 2022',
    rangeInMonth: '10–11 مارس 2022',
    rangeInYear: '28 يونيو – 2 يوليو 2022',
    approximateMonth: 'حوالي مارس 2022',
    approximateDay: 'حوالي 18 مارس 2022',
    monthHeading: 'مارس 2022',
    dayNotKnown: 'مارس 2022، اليوم غير معروف',
    monthNotKnown: '2022، الشهر غير معروف',
    firstOfMonth: '1 مارس 2022',
  },
};

describe.each(Object.keys(LANGUAGES) as LanguageCode[])('dates in %s', (lang) => {
  const expected = EXPECTED[lang];
  const format = dates(lang);

  it('writes a day, a month and a year at the precision written', () => {
    expect(format.date(date('2022-03-18'))).toBe(expected['day']);
    expect(format.date(date('2022-03-01'))).toBe(expected['firstOfMonth']);
    expect(format.date(date('2022-03'))).toBe(expected['month']);
    expect(format.date(date('2022'))).toBe('2022');
  });

  it('keeps a time in its own offset, and leaves the offset out in lists', () => {
    expect(format.date(date('2022-03-21T23:30+03:00'))).toBe(expected['time']);
    expect(format.date(date('2022-03-21T23:30+03:00'), { withOffset: false })).toBe(
      expected['time']?.replace(' UTC+3', ''),
    );
  });

  it('writes ranges within a month and within a year in the language’s own form', () => {
    expect(format.range(date('2022-03-10'), date('2022-03-11'))).toBe(expected['rangeInMonth']);
    expect(format.range(date('2022-06-28'), date('2022-07-02'))).toBe(expected['rangeInYear']);
  });

  it('marks an uncertain date as such', () => {
    expect(format.when({ date: date('2022-03'), approximate: true })).toBe(expected['approximateMonth']);
    expect(format.when({ date: date('2022-03-18'), approximate: true })).toBe(expected['approximateDay']);
  });

  it('heads days with their weekday and months on their own, and says when the day or month is not known', () => {
    expect(format.dayHeading(date('2022-03-18')).label).toBe(expected['heading']);
    expect(format.month('2022-03')).toBe(expected['monthHeading']);
    expect(format.dayHeading(date('2022-03')).label).toBe(expected['dayNotKnown']);
    expect(format.dayHeading(date('2022')).label).toBe(expected['monthNotKnown']);
  });

  it('gives the calendar day written whatever the build machine’s time zone (unquoted YAML dates are UTC)', () => {
    expect(format.date(date(new Date(Date.UTC(2022, 2, 18))))).toBe(expected['day']);
    expect(format.dayHeading(date('2022-03-19T00:30+14:00')).key).toBe('2022-03-19');
  });
});
