/**
 * `_headers` for hosts that read it (Netlify, Cloudflare Pages): a Content-Security-Policy the
 * site satisfies — no inline script runs (JSON-LD is data), Pagefind needs WebAssembly — and
 * long caching for fingerprinted assets.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export interface HeaderRule {
  /** Path pattern under the base path; `*` matches the rest of a path. */
  pattern: string;
  headers: Record<string, string>;
}

export function hostingHeaderRules(base: string): HeaderRule[] {
  return [
    {
      pattern: `${base}*`,
      headers: {
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'strict-origin-when-cross-origin',
      },
    },
    // File names under /_astro/ change with their content, so they can be cached for good.
    { pattern: `${base}_astro/*`, headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
    // Pagefind's fragments are hashed but its entry files are not: an hour, revalidated after.
    { pattern: `${base}pagefind/*`, headers: { 'Cache-Control': 'public, max-age=3600, must-revalidate' } },
  ];
}

/** The rules in `_headers` syntax. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(({ pattern, headers }) =>
      [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n')
    .concat('\n');
}
