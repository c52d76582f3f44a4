/**
 * The `<title>` of a page: the headline, with the site's short name when both fit in 70
 * characters (html-validate's limit, about what search results show). A longer headline is cut
 * at a word and ends in "…"; the full headline stays in the `<h1>` and in `og:title`.
 */
export const MAX_TITLE_LENGTH = 70;

const ESCAPED_LENGTH: Record<string, number> = { '&': 5, '<': 4, '>': 4, '"': 6, "'": 5 };

/** Length as written in the HTML source, where Astro escapes `&`, `<`, `>` and quotes. */
export function sourceLength(text: string): number {
  return [...text].reduce((total, character) => total + (ESCAPED_LENGTH[character] ?? 1), 0);
}

export function pageTitle(title: string, siteName: string, maxLength = MAX_TITLE_LENGTH): string {
  const withSite = `${title} · ${siteName}`;
  if (sourceLength(withSite) <= maxLength) return withSite;
  if (sourceLength(title) <= maxLength) return title;
  const words = title.split(' ');
  let cut = '';
  for (const word of words) {
    const next = cut ? `${cut} ${word}` : word;
    if (sourceLength(`${next}…`) > maxLength) break;
    cut = next;
  }
  return `${cut.replace(/[\s,;:–-]+$/, '')}…`;
}
