import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Parses `dist/<page>` where `page` is a URL path below the base, e.g. `events/x/`. */
export function readPage(outDir: string, page: string): HTMLElement {
  const file = page.endsWith('/') || page === '' ? path.join(outDir, page, 'index.html') : path.join(outDir, page);
  return parse(readFileSync(file, 'utf8'));
}

/** The list entries of a page: elements with `data-event-id` outside a time axis (SPEC "Markup that tools rely on"). */
export function listEntries(document: HTMLElement): HTMLElement[] {
  return document.querySelectorAll('[data-event-id]').filter((element) => !element.closest('[data-time-axis]'));
}

/** Ids of the events listed on a page, in source order. */
export function listedEventIds(document: HTMLElement): string[] {
  return listEntries(document).map((element) => element.getAttribute('data-event-id') ?? '');
}
