/** Every internal URL is built here, under the site's base path, with a trailing slash for pages. */

/** The name index search loads on focus (src/pages/search-names.json.ts). */
export const NAME_INDEX_FILE = 'search-names.json';

export interface SitePaths {
  /** The base itself, always ending in `/`. */
  home: string;
  /** A page: `page('events', id)` is `<base>events/<id>/`. */
  page: (...segments: readonly (string | number)[]) => string;
  /** A file at the root of the site: `file('rss.xml')`. */
  file: (name: string) => string;
  event: (id: string) => string;
  actor: (id: string) => string;
  place: (id: string) => string;
  tag: (tag: string) => string;
  /** The frameable view of a list: `embed()` for the timeline, `embed('actors', id)` for one actor's. */
  embed: (...segments: readonly string[]) => string;
  /** `/timeline.json`, or one list's: `/actors/<id>/timeline.json`, `/places/<id>/timeline.json`, `/tags/<tag>/timeline.json`. */
  timelineJson: (list?: { kind: 'actors' | 'places' | 'tags'; id: string }) => string;
  era: (id: string) => string;
  /** A map's land and borders, a file shared by every map drawn on the same frame. */
  baseMap: (file: string) => string;
}

export function createPaths(base: string): SitePaths {
  const home = base.endsWith('/') ? base : `${base}/`;
  const page = (...segments: readonly (string | number)[]) =>
    segments.length === 0
      ? home
      : `${home}${segments.map((segment) => encodeURIComponent(String(segment))).join('/')}/`;
  return {
    home,
    page,
    file: (name) => `${home}${name.replace(/^\/+/, '')}`,
    event: (id) => page('events', id),
    actor: (id) => page('actors', id),
    place: (id) => page('places', id),
    tag: (tag) => page('tags', tag),
    embed: (...segments) => page('embed', ...segments),
    timelineJson: (list) => (list ? `${page(list.kind, list.id)}timeline.json` : `${home}timeline.json`),
    era: (id) => page('eras', id),
    baseMap: (file) => `${home}maps/${encodeURIComponent(file)}`,
  };
}

/** The base path from the environment: `BASE_PATH=/news` and `/news/` both mean `/news/`. */
export function normaliseBasePath(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/*/, '/').replace(/\/*$/, '/');
  return trimmed === '//' ? '/' : trimmed;
}
