/**
 * One stylesheet serves both writing directions: sides are said with logical properties
 * (`margin-inline-start`, `inset-inline-end`, `text-align: end`), never as left or right, so an
 * Arabic build mirrors the layout with no second, hand-flipped stylesheet.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../src');
const PHYSICAL =
  /(?:^|[\s;{])((?:margin|padding|border)-(?:left|right)(?:-\w+)?|left|right|float|clear)\s*:|text-align\s*:\s*(?:left|right)|(?:border-(?:top|bottom)-(?:left|right)-radius)/gm;

function styleSources(): { file: string; css: string }[] {
  const stylesheets = readdirSync(path.join(ROOT, 'styles'))
    .filter((name) => name.endsWith('.css'))
    .map((name) => path.join(ROOT, 'styles', name));
  const components = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.astro'))
    .map((name) => path.join(ROOT, name));
  return [...stylesheets, ...components].map((file) => {
    const text = readFileSync(file, 'utf8');
    const css = file.endsWith('.css') ? text : [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].join('\n');
    return { file: path.relative(ROOT, file), css };
  });
}

describe('styles for both writing directions', () => {
  it('no stylesheet or component style says left or right', () => {
    const physical = styleSources().flatMap(({ file, css }) =>
      [...css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(PHYSICAL)].map((match) => `${file}: ${match[0].trim()}`),
    );
    expect(physical).toEqual([]);
  });
});
