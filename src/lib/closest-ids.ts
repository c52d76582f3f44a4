import { distance } from 'fastest-levenshtein';

export interface KnownId {
  id: string;
  /** Display name and aliases: a typo is often a spelling of the name rather than of the id. */
  names?: readonly string[];
}

/** Folds a name into id form, so `Zelensky` can be compared with `volodymyr-zelenskyy`. */
export function toIdForm(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The known ids nearest to `wanted` by edit distance to the id, its name or any alias. */
export function closestIds(wanted: string, known: readonly KnownId[], count = 3): string[] {
  return known
    .map(({ id, names = [] }) => {
      const candidates = [id, ...names.map(toIdForm).filter(Boolean)];
      const lastName = id.split('-').at(-1) ?? id;
      const score = Math.min(
        ...candidates.map((candidate) => distance(wanted, candidate)),
        distance(wanted, lastName) + 1,
      );
      return { id, score };
    })
    .sort((a, b) => a.score - b.score || a.id.localeCompare(b.id))
    .slice(0, count)
    .map(({ id }) => id);
}
