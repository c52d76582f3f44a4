/**
 * `public/_headers` as hosts read it (Netlify, Cloudflare Pages): patterns, then indented
 * `Name: value` lines. The build adds who may frame each path and moves the patterns under the
 * base path.
 */

/** The path segment of the embeds, the only pages other sites may frame. */
export const EMBED_FOLDER = 'embed';

/** The embeds, the root (its own rules) and the hosts' own files, which they never serve. */
const NOT_FRAMED = new Set([EMBED_FOLDER, 'index.html', '_headers', '_redirects']);

/**
 * Adds the framing rules. A `_headers` pattern cannot say "every path but /embed/", and the hosts
 * combine matching rules differently: Cloudflare sends the headers of every matching rule (joined
 * with commas, so a catch-all `frame-ancestors 'self'` would still forbid framing the embeds) while
 * Netlify sends one rule's value. So the catch-all `/*` policy has no `frame-ancestors`, and each
 * top-level path of the site gets one rule that repeats that policy and adds its own: `*` for
 * `/embed/*`, `'self'` for everything else. Both hosts then send every path exactly one framing
 * rule. `topLevelNames` are the files and folders at the root of the built site.
 */
export function addFramingRules(text: string, topLevelNames: readonly string[]): string {
  const policy = catchAllPolicy(text);
  if (!policy) throw new Error('_headers: the `/*` rule must set a Content-Security-Policy');
  if (/frame-ancestors/.test(policy)) {
    throw new Error('_headers: leave frame-ancestors out of the `/*` policy; the build adds it for each path');
  }
  const named = text.split('\n').flatMap((line) => /^\/([^/*\s]+)/.exec(line)?.[1] ?? []);
  const others = [...new Set([...topLevelNames, ...named])]
    .filter((name) => !NOT_FRAMED.has(name) && !name.startsWith('.'))
    .sort();
  const rule = (pattern: string, ancestors: string) =>
    `${pattern}\n  Content-Security-Policy: ${policy}; frame-ancestors ${ancestors}`;
  return [
    text.trimEnd(),
    '',
    '# Framing, written by the build (src/lib/hosting-headers.ts): any site may frame the embeds;',
    '# every other path only this site. One rule per top-level path, so no path gets two.',
    rule(`/${EMBED_FOLDER}/*`, '*'),
    rule('/', "'self'"),
    rule('/index.html', "'self'"),
    ...others.map((name) => rule(name.includes('.') ? `/${name}` : `/${name}/*`, "'self'")),
    '',
  ].join('\n');
}

function catchAllPolicy(text: string): string | undefined {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.trim() === '/*');
  for (const line of lines.slice(start + 1)) {
    if (start < 0 || !/^\s/.test(line)) break;
    const match = /^\s+Content-Security-Policy:\s*(.+)$/.exec(line);
    if (match) return match[1]?.trim().replace(/;$/, '');
  }
  return undefined;
}

/**
 * `public/_headers` is written for a site at the root of its domain; under a base path its
 * patterns must start with that path, or hosts would apply them to nothing.
 */
export function rebaseHeadersFile(text: string, base: string): string {
  if (base === '/') return text;
  return text
    .split('\n')
    .map((line) => (line.startsWith('/') ? `${base}${line.slice(1)}` : line))
    .join('\n');
}
