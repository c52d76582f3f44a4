import { describe, expect, it } from 'vitest';
import {
  baseMapOf,
  densestCluster,
  countryOutlineOf,
  fitMapFrame,
  markRadius,
  projectPoint,
  simplifyLine,
  type LonLat,
} from '../../src/lib/map-projection';

const CITIES = {
  paris: [2.3522, 48.8566],
  kyiv: [30.5234, 50.4501],
  istanbul: [28.9784, 41.0082],
  moscow: [37.6173, 55.7558],
  madrid: [-3.7038, 40.4168],
  helsinki: [24.9384, 60.1699],
  washington: [-77.0369, 38.9072],
  bali: [115.2267, -8.7994],
} satisfies Record<string, LonLat>;

const europe = [CITIES.paris, CITIES.kyiv, CITIES.istanbul, CITIES.moscow, CITIES.madrid, CITIES.helsinki];

function positions(points: readonly LonLat[], width = 720) {
  const frame = fitMapFrame(points, { width, margin: 20 });
  return { frame, at: (point: LonLat) => projectPoint(frame, point) };
}

describe('fitMapFrame and projectPoint', () => {
  it('keeps the real east–west and north–south order of known cities', () => {
    const { at } = positions(europe);
    const xy = (city: LonLat) => {
      const [x = NaN, y = NaN] = at(city) ?? [];
      return { x, y };
    };
    const [paris, kyiv, istanbul, moscow, madrid, helsinki] = europe.map(xy);
    expect(kyiv?.x).toBeGreaterThan(paris?.x ?? NaN); // Kyiv is east of Paris
    expect(istanbul?.y).toBeGreaterThan(kyiv?.y ?? NaN); // Istanbul is south of Kyiv (y grows downwards)
    expect(moscow?.x).toBeGreaterThan(kyiv?.x ?? NaN);
    expect(madrid?.x).toBeLessThan(paris?.x ?? NaN);
    expect(helsinki?.y).toBeLessThan(kyiv?.y ?? NaN);
  });

  it('keeps the order of every pair of places, however far apart in latitude', () => {
    const places = [...europe, CITIES.washington, CITIES.bali, [30.8, 70.0], [29.9, 35.0]] as const;
    const { at } = positions(places);
    for (const a of places) {
      for (const b of places) {
        const [ax = NaN, ay = NaN] = at(a) ?? [];
        const [bx = NaN, by = NaN] = at(b) ?? [];
        if (a[0] > b[0]) expect(ax).toBeGreaterThan(bx);
        if (a[1] > b[1]) expect(ay).toBeLessThan(by);
      }
    }
  });

  it('fits every place inside the frame with its margin, and uses the width asked for', () => {
    const { frame, at } = positions(europe);
    expect(frame.width).toBe(720);
    expect(frame.height).toBeGreaterThanOrEqual(720 * 0.45);
    expect(frame.height).toBeLessThanOrEqual(720 * 0.85);
    for (const city of europe) {
      const [x, y] = at(city) ?? [NaN, NaN];
      expect(x).toBeGreaterThanOrEqual(20);
      expect(x).toBeLessThanOrEqual(700);
      expect(y).toBeGreaterThanOrEqual(20);
      expect(y).toBeLessThanOrEqual(frame.height - 20);
    }
  });

  it('puts a single place in the middle of a frame that shows its surroundings', () => {
    const { frame, at } = positions([CITIES.kyiv], 320);
    const [x, y] = at(CITIES.kyiv) ?? [NaN, NaN];
    expect(x).toBeCloseTo(160, 0);
    expect(y).toBeCloseTo(frame.height / 2, 0);
    // Lviv, 470 km west, is on the map too.
    expect(at([24.0297, 49.8397])).toBeDefined();
    // Paris is not.
    expect(at(CITIES.paris)).toBeUndefined();
  });

  it('chooses detail by extent: 1:50 million for a large map of a region, 1:110 million otherwise', () => {
    expect(fitMapFrame([CITIES.kyiv, [37.5413, 47.0951]], { width: 720, margin: 20 }).resolution).toBe('50m');
    expect(fitMapFrame(europe, { width: 720, margin: 20 }).resolution).toBe('110m');
    expect(fitMapFrame([CITIES.kyiv], { width: 320, margin: 10 }).resolution).toBe('110m');
  });

  it('turns into a world map for places on several continents, still in order', () => {
    const { frame, at } = positions([...europe, CITIES.washington, CITIES.bali]);
    const [washington, paris, bali] = [CITIES.washington, CITIES.paris, CITIES.bali].map((city) => at(city));
    expect(washington?.[0]).toBeLessThan(paris?.[0] ?? NaN);
    expect(paris?.[0]).toBeLessThan(bali?.[0] ?? NaN);
    expect(bali?.[1]).toBeGreaterThan(paris?.[1] ?? NaN);
    expect(frame.height).toBeLessThan(frame.width);
  });

  it('shows the whole world when there are no places', () => {
    const { at } = positions([]);
    expect(at([-170, 0])).toBeDefined();
    expect(at([170, 0])).toBeDefined();
  });

  it('does not break for places on both sides of the antimeridian', () => {
    const suva: LonLat = [178.4419, -18.1416];
    const apia: LonLat = [-171.7514, -13.8333];
    const { frame, at } = positions([suva, apia], 320);
    const [suvaAt, apiaAt] = [at(suva), at(apia)];
    expect(suvaAt?.[0]).toBeLessThan(apiaAt?.[0] ?? NaN); // Suva is west of Apia, across 180°
    expect(Math.abs((suvaAt?.[0] ?? 0) - (apiaAt?.[0] ?? 0))).toBeLessThan(frame.width);
    expect(baseMapOf(frame).land).toMatch(/^M/);
  });

  it('does not break near a pole', () => {
    const pole: LonLat = [0, 89.9];
    const longyearbyen: LonLat = [15.6267, 78.2232];
    const { frame, at } = positions([pole, longyearbyen], 320);
    expect(at(pole)).toBeDefined();
    expect(at(longyearbyen)).toBeDefined();
    expect(baseMapOf(frame).land.length).toBeGreaterThan(0);
  });
});

describe('baseMapOf and countryOutlineOf', () => {
  it('draws land and borders as short paths of whole numbers', () => {
    const frame = fitMapFrame(europe, { width: 720, margin: 20 });
    const { land, borders } = baseMapOf(frame);
    expect(land).toMatch(/^M-?\d+,-?\d+/);
    expect(land).not.toMatch(/\d\.\d/);
    expect(borders).toMatch(/^M/);
    expect(land.length + borders.length).toBeLessThan(30_000);
  });

  it('outlines Ukraine with Crimea inside it, as the UN recognises its borders', () => {
    const frame = fitMapFrame([CITIES.kyiv, [33.5254, 44.6166]], { width: 720, margin: 20 });
    const outline = countryOutlineOf(frame, 'UA');
    expect(outline).toMatch(/^M/);
    expect(countryOutlineOf(frame, 'GI')).toBe('');
  });
});

describe('simplifyLine', () => {
  it('drops points closer to the line than the tolerance and keeps the corners', () => {
    const line: [number, number][] = [
      [0, 0],
      [5, 0.2],
      [10, 0],
      [10, 10],
    ];
    expect(simplifyLine(line, 1)).toEqual([
      [0, 0],
      [10, 0],
      [10, 10],
    ]);
  });
});

describe('markRadius', () => {
  it('makes the area of a mark proportional to its count', () => {
    const [one, four] = [markRadius(1, 16, 16), markRadius(4, 16, 16)];
    expect(markRadius(16, 16, 16)).toBe(16);
    expect((four * four) / (one * one)).toBeCloseTo(4);
  });

  it('keeps a place without events visible', () => {
    expect(markRadius(0, 10, 16)).toBe(1.5);
  });
});

describe('densestCluster', () => {
  it('finds the crowded area, its busiest point first', () => {
    const points: LonLat[] = [CITIES.washington, CITIES.kyiv, [37.5413, 47.0951], CITIES.paris, [36.2304, 49.9935]];
    expect(densestCluster(points, 800)).toEqual([1, 2, 4]);
    expect(densestCluster([], 800)).toEqual([]);
  });
});
