/**
 * Forgiving name matching for search: a query is compared with every person's, place's and
 * topic's name and aliases after light transliteration folding, with an edit distance that grows
 * with the length of the word (`fastest-levenshtein`) and prefixes for what is being typed. Pure:
 * the browser runs it for suggestions, entity cards and corrections, the benchmark to time it.
 */
import { distance } from 'fastest-levenshtein';

export type NameKind = 'actor' | 'place' | 'topic';

/** One person, organisation, state, group, place or topic as the name index stores it. */
export interface NameEntry {
  kind: NameKind;
  id: string;
  name: string;
  aliases: readonly string[];
  /** Role, or the kind of actor or place, or "Topic": shown beside the name. */
  label: string;
  events: number;
}

/**
 * How a name was matched, best first: every word written in full (`exact`), the last word still
 * being typed (`prefix`), or with typing mistakes (`typo`).
 */
export type MatchQuality = 'exact' | 'prefix' | 'typo';

export interface NameMatch {
  entry: NameEntry;
  quality: MatchQuality;
  /**
   * Every word of the query is a word of the name or alias as written (accents and case aside), or
   * the start of one: the site's full-text index knows these words, where "Makron" it does not.
   */
  literal: boolean;
  /** Lower is closer: edits, plus a little for each word only begun. */
  cost: number;
}

interface PreparedName {
  /** Folded words, in order. */
  words: string[];
  /** The words as written, to tell a spelling the full-text index knows from a folded one. */
  written: string[];
}

interface PreparedEntry {
  entry: NameEntry;
  names: PreparedName[];
}

/** Entries folded once, so each keystroke only compares. */
export interface PreparedIndex {
  entries: PreparedEntry[];
}

/** Cyrillic letters (Russian, Ukrainian, Belarusian) in a plain Latin transliteration, before folding. */
const CYRILLIC: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', ё: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i',
  ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ў: 'u',
  ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
}; // prettier-ignore

/**
 * Spellings that transliterations of one name differ by, each written one way: Zelenskyy,
 * Zelenskiy and Zelensky all fold to `zelenski`, Kharkov to `harkov`, Marioupol to `mariupol`;
 * German and French write ч as tsch and tch, ш as sch, ж as j (Tschernihiw, Prigojine).
 */
const SOUND_ALIKE: readonly [RegExp, string][] = [
  [/tsch|tch/g, 'ch'],
  [/sch/g, 'sh'],
  [/zh/g, 'j'],
  [/ph/g, 'f'],
  [/kh/g, 'h'],
  [/ou/g, 'u'],
  [/ks/g, 'x'],
  [/w/g, 'v'],
  [/[yj]/g, 'i'],
  // Doubled letters last, so that the rules above can make new pairs (Zelenskyy → zelenskii → zelenski).
  [/(\p{L})\1+/gu, '$1'],
];

/** What a word only begun adds to a match's cost: less than one typing mistake. */
const PREFIX_COST = 0.5;

/** A word shorter than this matches only in full or as the start of a name, and never with a typo. */
const SHORT_WORD = 3;

/** Typing mistakes forgiven in a word of this many letters: none below 4, one up to 7, two from 8. */
export function allowedEdits(length: number): number {
  if (length < 4) return 0;
  return length < 8 ? 1 : 2;
}

/** A name or query in the form compared: lower case, no accents, Cyrillic in Latin letters, sound-alikes merged. */
export function foldWord(word: string): string {
  let folded = [...plainWord(word)].map((letter) => CYRILLIC[letter] ?? letter).join('');
  for (const [pattern, replacement] of SOUND_ALIKE) folded = folded.replace(pattern, replacement);
  return folded;
}

/** A word as a full-text index compares it: lower case, without accents. */
export function plainWord(word: string): string {
  return word.toLocaleLowerCase('en').normalize('NFKD').replace(/\p{M}/gu, '');
}

/**
 * The words of a name or query: letters and digits, with hyphens, apostrophes and dots as
 * separators; a possessive "’s" goes with its word ("Macron’s" is "Macron").
 */
export function splitWords(text: string): string[] {
  return text.replace(/(?<=\p{L})['’]s\b/gu, '').match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

function prepareName(text: string): PreparedName {
  const written = splitWords(text);
  return { written, words: written.map(foldWord) };
}

export function prepareIndex(entries: readonly NameEntry[]): PreparedIndex {
  return {
    entries: entries.map((entry) => ({
      entry,
      names: [entry.name, ...entry.aliases].map(prepareName),
    })),
  };
}

/** Cost of one query word against one word of a name, or undefined when they do not match. */
function wordCost(query: string, word: string, { last, first }: { last: boolean; first: boolean }): number | undefined {
  if (query === word) return 0;
  const short = query.length < SHORT_WORD;
  // Only the word being typed may be unfinished; a short one only at the start of the name, and
  // a single letter not at all.
  if (last && word.startsWith(query) && (!short || (first && query.length > 1))) return PREFIX_COST;
  if (short) return undefined;
  const edits = allowedEdits(query.length);
  if (edits === 0 || Math.abs(query.length - word.length) > edits) {
    return last ? typoPrefixCost(query, word) : undefined;
  }
  const found = distance(query, word);
  if (found <= edits) return found;
  return last ? typoPrefixCost(query, word) : undefined;
}

/** The word being typed, with a typo, against the start of a longer word ("Stoltenbu" → Stoltenberg). */
function typoPrefixCost(query: string, word: string): number | undefined {
  const edits = Math.min(1, allowedEdits(query.length));
  if (edits === 0 || word.length <= query.length) return undefined;
  const found = distance(query, word.slice(0, query.length));
  return found <= edits ? found + PREFIX_COST : undefined;
}

interface NameFit {
  cost: number;
  quality: MatchQuality;
  /** The words of the name that the query's words matched, as written. */
  matchedWords: string[];
}

/** Each query word against its best word of the name, in any order; undefined when a word finds none. */
function fitName(query: readonly string[], name: PreparedName): NameFit | undefined {
  let cost = 0;
  let quality: MatchQuality = 'exact';
  let significant = false;
  const matchedWords: string[] = [];
  for (const [position, queryWord] of query.entries()) {
    let best: { cost: number; index: number } | undefined;
    for (const [index, word] of name.words.entries()) {
      const found = wordCost(queryWord, word, { last: position === query.length - 1, first: index === 0 });
      if (found !== undefined && (!best || found < best.cost)) best = { cost: found, index };
    }
    if (!best) return undefined;
    cost += best.cost;
    if (best.cost === PREFIX_COST && quality === 'exact') quality = 'prefix';
    else if (best.cost > 0 && best.cost !== PREFIX_COST) quality = 'typo';
    // "of" or "der" alone must not find every "Council of Europe" or "von der Leyen".
    significant ||= queryWord.length > SHORT_WORD || best.index === 0;
    matchedWords.push(name.written[best.index] ?? '');
  }
  if (!significant) return undefined;
  // Words of the name the query left out cost a little, so "Kyiv" ranks the city before "Kyiv Oblast".
  return { cost: cost + Math.max(0, name.words.length - query.length) * 0.01, quality, matchedWords };
}

const QUALITY_RANK: Record<MatchQuality, number> = { exact: 0, prefix: 1, typo: 2 };

/** Of two spellings of one name that match as well, the one written as the query was wins. */
function closer(a: NameMatch, b: NameMatch): boolean {
  const byQuality = QUALITY_RANK[a.quality] - QUALITY_RANK[b.quality];
  if (byQuality !== 0) return byQuality < 0;
  if (a.literal !== b.literal) return a.literal;
  return a.cost < b.cost;
}

/**
 * Entries whose name or an alias matches every word of `query`, closest first, then those with
 * more events. `limit` caps the list (suggestions show a handful).
 */
export function matchNames(index: PreparedIndex, query: string, limit = 8): NameMatch[] {
  const written = splitWords(query);
  const words = written.map(foldWord);
  if (words.length === 0) return [];
  const matches: NameMatch[] = [];
  for (const { entry, names } of index.entries) {
    let best: NameMatch | undefined;
    for (const name of names) {
      const fit = fitName(words, name);
      if (!fit) continue;
      const literal = written.every((word, position) =>
        plainWord(fit.matchedWords[position] ?? '').startsWith(plainWord(word)),
      );
      const candidate: NameMatch = { entry, cost: fit.cost, quality: fit.quality, literal };
      if (!best || closer(candidate, best)) best = candidate;
    }
    if (best) matches.push(best);
  }
  return matches
    .sort(
      (a, b) =>
        QUALITY_RANK[a.quality] - QUALITY_RANK[b.quality] ||
        a.cost - b.cost ||
        b.entry.events - a.entry.events ||
        a.entry.name.localeCompare(b.entry.name),
    )
    .slice(0, limit);
}

/**
 * The words of `query` that `text` (the content of results) holds, or holds a word that a
 * full-text index would have taken for (the same stem: "sanctioned" and "sanctions"). Pagefind
 * answers a word it does not know with pages that merely share its first letters; those words are
 * missing here.
 */
export function queryWordsIn(query: string, text: string): { found: string[]; missing: string[] } {
  const textWords = new Set(splitWords(text).map(plainWord));
  const found: string[] = [];
  const missing: string[] = [];
  for (const word of splitWords(query)) {
    const plain = plainWord(word);
    const needed = plain.length <= 3 ? plain.length : plain.length - (plain.length <= 5 ? 1 : 2);
    const known = [...textWords].some((textWord) => commonPrefixLength(plain, textWord) >= needed);
    (known ? found : missing).push(word);
  }
  return { found, missing };
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}
