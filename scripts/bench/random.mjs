/** A seeded pseudo-random generator, so every benchmark run builds exactly the same archive. */

/**
 * @typedef {object} Random
 * @property {() => number} next a float in [0, 1)
 * @property {(min: number, max: number) => number} int an integer in [min, max]
 * @property {(probability: number) => boolean} chance
 * @property {<T>(items: readonly T[]) => T} pick
 * @property {<T>(items: readonly T[], count: number) => T[]} sample `count` distinct items
 * @property {<T>(choices: readonly [number, T][]) => T} weighted picks by relative weight
 */

/**
 * Mulberry32: tiny, fast and good enough for test data; Math.random cannot be seeded.
 * @param {number} seed
 * @returns {Random}
 */
export function createRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (items) => items[Math.floor(next() * items.length)];
  return {
    next,
    int,
    pick,
    chance: (probability) => next() < probability,
    sample: (items, count) => {
      const pool = [...items];
      const chosen = [];
      while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(int(0, pool.length - 1), 1)[0]);
      return chosen;
    },
    weighted: (choices) => {
      const total = choices.reduce((sum, [weight]) => sum + weight, 0);
      let roll = next() * total;
      for (const [weight, value] of choices) {
        roll -= weight;
        if (roll < 0) return value;
      }
      return choices[choices.length - 1][1];
    },
  };
}

/**
 * Picks distinct items with Zipf-like frequencies (the item at rank r weighs 1/r), as news names
 * a few actors and places again and again and most only now and then.
 * @template T
 * @param {Random} random
 * @param {readonly T[]} items in rank order
 * @returns {(count: number) => T[]}
 */
export function skewedSampler(random, items) {
  const cumulative = [];
  let total = 0;
  for (let rank = 1; rank <= items.length; rank += 1) cumulative.push((total += 1 / rank));
  const pickIndex = () => {
    const roll = random.next() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (cumulative[middle] > roll) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  return (count) => {
    const chosen = new Set();
    while (chosen.size < Math.min(count, items.length)) chosen.add(pickIndex());
    return [...chosen].map((index) => items[index]);
  };
}
