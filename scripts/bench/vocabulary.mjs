/** Word lists for the synthetic archive: enough variety that pages and the search index look like real news. */

/** Splits a space-separated list; keeps long lists readable without one line per word. */
const list = (text) => text.trim().split(/\s+/);

/** Nouns, verbs, adjectives and function words, the commonest ones repeated so sentences read like prose. */
export const WORDS = list(`
  government minister talks agreement ceasefire border troops officials statement delegation summit
  sanctions parliament vote election protest negotiations envoy spokesperson report investigation aid
  convoy corridor refugees civilians shelling offensive withdrawal deployment treaty resolution council
  committee budget reform court ruling appeal inquiry energy pipeline grain exports tariffs markets
  currency inflation loan package infrastructure bridge port airport railway power outage storm flood
  earthquake hospital school city region province capital village district coast river
  announced confirmed denied rejected approved signed suspended resumed extended condemned welcomed
  warned urged pledged promised demanded accused agreed met visited called discussed reviewed launched
  opened closed blocked restored evacuated detained released
  new first second final joint formal urgent emergency interim regional national international
  humanitarian military economic diplomatic political public senior local foreign security defence
  health trade early late week month morning evening weekend days several dozens hundreds thousands
  the the the the a a of of of in in on to to with after before during over amid and and but while
  as for by from about against its their
`);

export const TAGS = list(`
  diplomacy ceasefire sanctions humanitarian-aid elections protests energy trade military refugees
  human-rights courts economy climate health infrastructure cyber-security media peace-talks prisoner-exchange
`);

export const FIRST_NAMES = list(`
  Anna Boris Carmen Dmytro Elena Farid Greta Hiroshi Ines Jonas Katarzyna Luis Mariam Nikolai Olena
  Pavel Quentin Rania Stefan Tamar Umar Vera Wei Ximena Yusuf Zofia Amara Bilal Chiara Dario
`);

export const LAST_NAMES = list(`
  Abramova Bauer Castillo Demir Eriksen Fontaine Gonzaga Horvath Ivanenko Jankowski Kovalenko Lindqvist
  Moreau Nakamura Okafor Petrov Quiroga Rossi Schmidt Tanaka Usmanov Varga Wojcik Yilmaz Zhang Andersen
  Brennan Costa Dubois Elbaz
`);

/** Syllables for the names of invented places, states and organisations. */
export const SYLLABLES = list('ka ri mo lan dor vel sa tin bra nor el ost gra vo mir ta len zu per ad');

export const ORGANIZATION_KINDS = list('Council Commission Alliance Union Agency Fund Bank Court Institute Forum');

export const GROUP_KINDS = list('Front Movement Brigade Coalition Party');

export const ROLES = [
  'Foreign Minister',
  'Prime Minister',
  'President',
  'Defence Minister',
  'Special Envoy',
  'Secretary-General',
  'Mayor',
  'Chief Negotiator',
];

/** Real ISO 3166-1 alpha-2 codes: the schema checks them against the runtime's ICU data. */
export const COUNTRY_CODES = list('UA FR DE PL US GB TR JP BR IN NG EG KZ FI CA');

/** A point well inside each of those countries, `[latitude, longitude]`: places must lie in their country. */
export const COUNTRY_CENTRES = {
  UA: [49.0, 31.5],
  FR: [46.6, 2.4],
  DE: [51.1, 10.4],
  PL: [52.1, 19.4],
  US: [39.5, -98.4],
  GB: [52.8, -1.6],
  TR: [39.0, 35.2],
  JP: [36.2, 138.3],
  BR: [-10.8, -52.9],
  IN: [22.9, 79.6],
  NG: [9.1, 8.7],
  EG: [26.7, 30.8],
  KZ: [48.0, 67.0],
  FI: [63.0, 26.0],
  CA: [56.1, -106.3],
};

export const PUBLISHERS = [
  'Reuters',
  'Associated Press',
  'Agence France-Presse',
  'BBC News',
  'Deutsche Welle',
  'Kyiv Independent',
  'Le Monde',
  'Al Jazeera',
];

/** Builds a letter-by-letter transliteration table from two equally long alphabets. */
const alphabet = (script) =>
  Object.fromEntries([...'abcdefghijklmnopqrstuvwxyz'].map((letter, i) => [letter, script[i]]));

/** Per-letter transliterations, so some aliases are in non-Latin scripts as in the SPEC's examples. */
export const SCRIPTS = {
  cyrillic: alphabet([...'абцдефгхийклмнопкрстуввхыз']),
  greek: alphabet([...'αβκδεφγηιικλμνοπκρστυβωξυζ']),
};

/** Katakana and Arabic syllables for aliases that are not spelled letter by letter. */
export const KATAKANA = list('カ リ モ ラン ド ベル サ ティン ノ ミル');
export const ARABIC = list('كا ري مو لان دور فل سا تين نور مير');
