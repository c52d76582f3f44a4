import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Parses `dist/<page>` where `page` is a URL path below the base, e.g. `events/x/`. */
export function readPage(outDir: string, page: string): HTMLElement {
  const file = page.endsWith('/') || page === '' ? path.join(outDir, page, 'index.html') : path.join(outDir, page);
  return parse(readFileSync(file, 'utf8'));
}

/** Ids of the events listed on a page, in source order. */
export function listedEventIds(document: HTMLElement): string[] {
  return document.querySelectorAll('[data-event-id]').map((element) => element.getAttribute('data-event-id') ?? '');
}
