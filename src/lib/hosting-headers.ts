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
