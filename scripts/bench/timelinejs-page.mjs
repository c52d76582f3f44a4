/**
 * A page that shows a TimelineJS 3 timeline with the installed `@knight-lab/timelinejs` (dist files
 * linked, never fetched from Knight Lab's CDN): `index.html?data=<url of a timeline.json>`. The
 * reader benchmark and the export's browser test load our `/timeline.json` into it.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const TIMELINEJS_DIST = path.dirname(
  path.dirname(createRequire(import.meta.url).resolve('@knight-lab/timelinejs/dist/js/timeline.js')),
);

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>TimelineJS</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="dist/css/timeline.css" />
    <link rel="stylesheet" href="page.css" />
    <script src="dist/js/timeline.js"></script>
    <script src="init.js" defer></script>
  </head>
  <body>
    <div id="timeline"></div>
  </body>
</html>
`;

// TimelineJS would load its language file and fonts from its CDN unless told where its files are.
const INIT = `const data = new URLSearchParams(location.search).get('data');
window.timeline = new TL.Timeline('timeline', data, {
  script_path: new URL('dist/js/', location.href).href,
  font: null,
});
`;

const CSS = 'html, body, #timeline { height: 100%; margin: 0; }\n';

/** The Content-Security-Policy the page is served with: TimelineJS sets style attributes in its HTML. */
export const TIMELINEJS_PAGE_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'";

/** Writes the page into `dir` (its `index.html`, script, styles and a link to TimelineJS's dist). */
export function writeTimelineJsPage(dir) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), PAGE);
  writeFileSync(path.join(dir, 'init.js'), INIT);
  writeFileSync(path.join(dir, 'page.css'), CSS);
  symlinkSync(TIMELINEJS_DIST, path.join(dir, 'dist'), 'dir');
}
