import { describe, expect, test } from 'vitest';
import { decodeNameIndex, distinctAliases, encodeNameIndex } from '../../src/lib/name-index';
import {
  allowedEdits,
  foldWord,
  matchNames,
  prepareIndex,
  queryWordsIn,
  type NameEntry,
} from '../../src/lib/name-matching';

const person = (id: string, name: string, aliases: string[], events: number): NameEntry => ({
  kind: 'actor',
  id,
  name,
  aliases,
  label: 'Person',
  events,
});
const place = (id: string, name: string, aliases: string[], events: number): NameEntry => ({
  kind: 'place',
  id,
  name,
  aliases,
  label: 'City or town',
  events,
});

const ENTRIES: NameEntry[] = [
  person('emmanuel-macron', 'Emmanuel Macron', ['Macron', 'Эммануэль Макрон', 'Макрон'], 40),
  person('olaf-scholz', 'Olaf Scholz', ['Scholz', 'Олаф Шольц'], 30),
  person('jens-stoltenberg', 'Jens Stoltenberg', ['Stoltenberg', 'Йенс Столтенберг'], 20),
  person('volodymyr-zelenskyy', 'Volodymyr Zelenskyy', ['Zelensky', 'Zelenskiy', 'Володимир Зеленський'], 90),
  person('ursula-von-der-leyen', 'Ursula von der Leyen', ['von der Leyen', 'Урсула фон дер Ляйен'], 15),
  person('recep-tayyip-erdogan', 'Recep Tayyip Erdoğan', ['Erdogan', 'Эрдоган'], 25),
  person('mario-draghi', 'Mario Draghi', ['Draghi'], 10),
  person('liz-truss', 'Liz Truss', ['Mary Elizabeth Truss'], 8),
  person('xi-jinping', 'Xi Jinping', ['习近平'], 5),
  person('yevgeny-prigozhin', 'Yevgeny Prigozhin', ['Prigozhin', 'Евгений Пригожин'], 6),
  person('sergei-shoigu', 'Sergei Shoigu', ['Shoigu', 'Сергей Шойгу'], 9),
  { ...person('group-of-seven', 'Group of Seven', ['G7'], 12), label: 'Group' },
  { ...person('council-of-europe', 'Council of Europe', [], 3), label: 'Organisation' },
  { ...person('united-nations', 'United Nations', ['UN', 'ООН'], 50), label: 'Organisation' },
  place('mariupol', 'Mariupol', ["Mariupol'", 'Маріуполь', 'Мариуполь'], 12),
  place('kyiv', 'Kyiv', ['Kiev', 'Київ', 'Киев'], 60),
  place('kharkiv', 'Kharkiv', ['Kharkov', 'Харків'], 9),
  place('odesa', 'Odesa', ['Odessa', 'Одеса'], 11),
  place('istanbul', 'Istanbul', ['İstanbul', 'Стамбул'], 7),
  place('przewodow', 'Przewodów', [], 2),
  place('chernihiv', 'Chernihiv', ['Chernigov', 'Чернігів'], 4),
];
const index = prepareIndex(ENTRIES);
const first = (query: string) => matchNames(index, query)[0];
const ids = (query: string) => matchNames(index, query).map(({ entry }) => entry.id);

describe('forgiving name matching', () => {
  test.each([
    ['Mariupl', 'mariupol'],
    ['Scholtz', 'olaf-scholz'],
    ['Stoltenburg', 'jens-stoltenberg'],
    ['Macon', 'emmanuel-macron'],
    ['Istambul', 'istanbul'],
  ])('a typing mistake (%s) finds %s', (query, id) => {
    expect(first(query)).toMatchObject({ entry: { id }, quality: 'typo', literal: false });
  });

  test.each([
    ['Marioupol', 'mariupol'],
    ['Makron', 'emmanuel-macron'],
    ['Kyev', 'kyiv'],
    ['Zelenskii', 'volodymyr-zelenskyy'],
    ['Zelenskyj', 'volodymyr-zelenskyy'],
    ['Harkiv', 'kharkiv'],
    ['Stoltenbergg', 'jens-stoltenberg'],
    ['Sholz', 'olaf-scholz'],
    ['Schoigu', 'sergei-shoigu'],
    ['Tschernihiw', 'chernihiv'],
    ['Tchernihiv', 'chernihiv'],
  ])('another transliteration (%s) finds %s as closely as its own spelling', (query, id) => {
    expect(first(query)).toMatchObject({ entry: { id }, quality: 'exact', literal: false });
  });

  test.each([
    ['Zelensky', 'volodymyr-zelenskyy'],
    ['Kharkov', 'kharkiv'],
    ['Odessa', 'odesa'],
    ['Зеленський', 'volodymyr-zelenskyy'],
    ['Маріуполь', 'mariupol'],
    ['习近平', 'xi-jinping'],
  ])('an alias (%s) finds %s as written', (query, id) => {
    expect(first(query)).toMatchObject({ entry: { id }, quality: 'exact', literal: true });
  });

  test.each([
    ['Prigojine', 'yevgeny-prigozhin'],
    ['Prigoschin', 'yevgeny-prigozhin'],
    ['Choïgou', 'sergei-shoigu'],
  ])('a French or German spelling (%s) finds %s', (query, id) => {
    expect(first(query)?.entry.id).toBe(id);
  });

  test('accents and case do not matter, either way', () => {
    expect(first('erdogan')?.entry.id).toBe('recep-tayyip-erdogan');
    expect(first('ERDOĞAN')?.entry.id).toBe('recep-tayyip-erdogan');
    expect(first('Przewodow')).toMatchObject({ entry: { id: 'przewodow' }, literal: true });
  });

  test('a query in Cyrillic finds a name through its transliteration, even with a typo', () => {
    expect(first('Шольц')?.entry.id).toBe('olaf-scholz');
    expect(first('Стольтенберг')?.entry.id).toBe('jens-stoltenberg');
    expect(first('Киев')?.entry.id).toBe('kyiv');
  });

  test('multi-word names match whole, in part, in any order, and with a typo in one word', () => {
    expect(first('von der Leyen')?.entry.id).toBe('ursula-von-der-leyen');
    expect(first('Leyen')?.entry.id).toBe('ursula-von-der-leyen');
    expect(first('Ursula Leyen')?.entry.id).toBe('ursula-von-der-leyen');
    expect(first('von der Layen')?.entry.id).toBe('ursula-von-der-leyen');
    expect(first('Scholz Olaf')?.entry.id).toBe('olaf-scholz');
    expect(ids('Olaf Macron')).toEqual([]);
    expect(first('Macron’s')?.entry.id).toBe('emmanuel-macron');
    expect(first("Stoltenberg's")?.entry.id).toBe('jens-stoltenberg');
  });

  test('the word being typed matches the start of a name, with a typo too', () => {
    expect(first('Stolt')).toMatchObject({ entry: { id: 'jens-stoltenberg' }, quality: 'prefix' });
    expect(first('Stoltenbu')?.entry.id).toBe('jens-stoltenberg');
    expect(first('Jens Stol')?.entry.id).toBe('jens-stoltenberg');
    expect(ids('Mar')).toEqual(expect.arrayContaining(['mariupol', 'mario-draghi']));
  });

  test('short words do not match everything', () => {
    expect(ids('of')).toEqual([]);
    expect(ids('der')).toEqual([]);
    expect(ids('e')).toEqual([]);
    // Two letters find names that start with them, never every name that holds them.
    expect(ids('le')).not.toContain('ursula-von-der-leyen');
    expect(ids('ma')).toContain('mariupol');
    // A short word is never corrected: "Xu" is not "Xi", "UK" is not "UN".
    expect(ids('Xu')).toEqual([]);
    expect(ids('UK')).toEqual([]);
    expect(first('UN')?.entry.id).toBe('united-nations');
    expect(first('G7')?.entry.id).toBe('group-of-seven');
  });

  test('a word unlike any name finds nothing', () => {
    expect(ids('xqzzy')).toEqual([]);
    expect(ids('grain')).toEqual([]);
  });

  test('closer matches come first, then names with more events', () => {
    expect(ids('Mar')).toEqual(['mariupol', 'mario-draghi', 'liz-truss']);
    expect(matchNames(index, 'Ma', 2)).toHaveLength(2);
  });

  test('the edits forgiven grow with the length of the word', () => {
    expect([3, 4, 7, 8, 12].map(allowedEdits)).toEqual([0, 1, 1, 2, 2]);
    expect(foldWord('Zelenskyy')).toBe(foldWord('Zelenskiy'));
    expect(foldWord('Philip')).toBe(foldWord('Filip'));
    expect(foldWord('Oleksandr')).toBe(foldWord('Olexandr'));
    expect(foldWord('Volodymyr')).toBe(foldWord('Wolodymyr'));
    expect(foldWord('Schloss')).toBe(foldWord('Shloss'));
    expect(foldWord('Zhytomyr')).toBe(foldWord('Jitomir'));
  });
});

describe('telling real results from guesses', () => {
  test('a result holds the query words, or words of the same stem', () => {
    expect(queryWordsIn('grain deal', 'The Black Sea Grain deal was signed').missing).toEqual([]);
    expect(queryWordsIn('sanctioned', 'new sanctions on Russia').missing).toEqual([]);
    expect(queryWordsIn('Erdogan', 'Recep Tayyip Erdoğan met').missing).toEqual([]);
  });

  test('pages that share only the first letters of an unknown word are guesses', () => {
    expect(queryWordsIn('Mariupl', 'Mary Elizabeth Truss became prime minister')).toEqual({
      found: [],
      missing: ['Mariupl'],
    });
    expect(queryWordsIn('Istambul talks', 'in Istanbul, talks')).toEqual({ found: ['talks'], missing: ['Istambul'] });
  });
});

describe('the name index', () => {
  test('keeps only aliases that add a spelling, and decodes to the same entries', () => {
    expect(distinctAliases('Emmanuel Macron', ['Macron', 'Макрон', 'emmanuel macron'])).toEqual(['Макрон']);
    expect(distinctAliases('Recep Tayyip Erdoğan', ['Erdogan', 'Tayyip Erdogan'])).toEqual([]);
    const topic: NameEntry = {
      kind: 'topic',
      id: 'phone-call',
      name: 'phone-call',
      aliases: [],
      label: 'Topic',
      events: 4,
    };
    const decoded = decodeNameIndex(
      encodeNameIndex([...ENTRIES.filter(({ id }) => id === 'emmanuel-macron' || id === 'mariupol'), topic]),
      'Topic',
    );
    expect(decoded.map(({ kind, id, events }) => [kind, id, events])).toEqual([
      ['actor', 'emmanuel-macron', 40],
      ['place', 'mariupol', 12],
      ['topic', 'phone-call', 4],
    ]);
    expect(matchNames(prepareIndex(decoded), 'phone')[0]?.entry.id).toBe('phone-call');
  });
});
