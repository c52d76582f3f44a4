/**
 * Finds English interface text left on a page built in another language. Everything editors wrote
 * (titles, summaries, names, roles, aliases, tags, sources: every string of every frontmatter in
 * the content folder) and the edition's own title and description are content, not interface, and
 * are taken out first; accounts and biographies (`.prose`, `.account`) are content as a whole.
 * In a language not written in Latin letters, what remains with a Latin word of three letters or
 * more is English the interface forgot; in French, German or Spanish, what remains holding a
 * phrase of an English message that the language does not share is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { parse, type HTMLElement, type Node } from 'node-html-parser';
import { LANGUAGES, type LanguageCode } from '../../../src/lib/messages';
import en from '../../../src/lib/messages/en.json';
import { SITE } from '../../../src/site-config';

/** Words that are the same in every language of the interface. */
const SHARED_WORDS = /\b(?:RSS|JSON|HTML|UTC|JavaScript|Wikidata|Zelensky|Zelenskiy|Zelenski|Q\d+)\b/g;
const LATIN_WORD = /[A-Za-z]{3,}/;
/** Not read as text: scripts, styles and code to copy (an embed snippet). */
const CONTENT_ELEMENTS = new Set(['SCRIPT', 'STYLE', 'CODE', 'PRE']);
const CONTENT_CLASSES = ['prose', 'account'];
const CHECKED_ATTRIBUTES = ['aria-label', 'placeholder', 'title', 'alt'];

function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return markdownFiles(full);
    return entry.name.endsWith('.md') ? [full] : [];
  });
}

/** Every string editors wrote in the frontmatter of `contentDir`, longest first. */
export function contentStrings(contentDir: string): string[] {
  const strings = new Set<string>([SITE.title, SITE.shortTitle, SITE.description]);
  for (const file of markdownFiles(contentDir)) {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '';
    for (const text of stringsOf(loadYaml(frontmatter))) if (text.trim()) strings.add(text.trim());
  }
  return [...strings].sort((a, b) => b.length - a.length);
}

function isContentElement(element: HTMLElement): boolean {
  return CONTENT_ELEMENTS.has(element.tagName) || CONTENT_CLASSES.some((name) => element.classList?.contains(name));
}

/** Texts of the page outside content blocks: text nodes, `<title>` and accessible-name attributes. */
function pageTexts(node: Node, texts: string[]): string[] {
  const element = node as HTMLElement;
  if (element.tagName && isContentElement(element)) return texts;
  // The parser keeps `<noscript>` as raw text, and the doctype as a text node.
  if (element.tagName === 'NOSCRIPT') return pageTexts(parse(element.innerHTML), texts);
  if (node.nodeType === 3 && !node.text.startsWith('<!')) texts.push(node.text);
  for (const attribute of CHECKED_ATTRIBUTES) {
    const value = element.getAttribute?.(attribute);
    if (value) texts.push(value);
  }
  for (const child of node.childNodes) pageTexts(child, texts);
  return texts;
}

const textsOfMessage = (message: unknown): string[] =>
  typeof message === 'string' ? [message] : Object.values(message as Record<string, string>);

/** Phrases of the English messages (the text between placeholders) that `lang` does not use itself. */
function englishPhrases(lang: LanguageCode): RegExp[] {
  const own = Object.values(LANGUAGES[lang].messages).flatMap(textsOfMessage).join('\n').toLowerCase();
  const phrases = Object.values(en)
    .flatMap(textsOfMessage)
    .flatMap((text) => text.split(/\{\w+\}/))
    .map((phrase) => phrase.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, ''))
    .filter((phrase) => /[A-Za-z]{4,}/.test(phrase) && !own.includes(phrase.toLowerCase()));
  return [...new Set(phrases)].map((phrase) => new RegExp(`\\b${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`));
}

/** True when what is left of a text, content taken out, is English. */
function englishTest(lang: LanguageCode): (rest: string) => boolean {
  if (new Intl.Locale(lang).maximize().script !== 'Latn') {
    return (rest) => LATIN_WORD.test(rest.replace(SHARED_WORDS, ' '));
  }
  const phrases = englishPhrases(lang);
  return (rest) => phrases.some((phrase) => phrase.test(rest));
}

/** The texts of `document`, built in `lang`, that hold English interface words. */
export function englishInterfaceText(document: HTMLElement, content: readonly string[], lang: LanguageCode): string[] {
  const isEnglish = englishTest(lang);
  const exact = new Set(content);
  const found = new Set<string>();
  for (const raw of pageTexts(document, [])) {
    const text = raw.replace(/\s+/g, ' ').trim();
    if (!LATIN_WORD.test(text) || exact.has(text)) continue;
    let rest = text;
    for (const piece of content) if (rest.includes(piece)) rest = rest.replaceAll(piece, ' ');
    // A `<title>` cuts a long headline at a word and ends it with "…".
    rest = rest.replace(/(?:^|·)\s*([^·]+)…/, (match, start: string) =>
      content.some((piece) => piece.startsWith(start.trim())) ? ' ' : match,
    );
    if (isEnglish(rest)) found.add(text);
  }
  return [...found];
}
