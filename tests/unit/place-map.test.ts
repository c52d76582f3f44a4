import { describe, expect, it } from 'vitest';
import { baseMapOf, fitMapFrame, type LonLat } from '../../src/lib/map-projection';
import { marksOf, renderBaseMapSvg, renderMapSvg, type MapPlace } from '../../src/lib/place-map';

const kyiv: LonLat = [30.5234, 50.4501];
const paris: LonLat = [2.3522, 48.8566];
const frame = fitMapFrame([kyiv, paris], { width: 720, margin: 20 });

const place = (id: string, [longitude, latitude]: LonLat): MapPlace => ({
  id,
  href: `/places/${id}/`,
  label: `${id}, 3 events`,
  coordinates: [latitude, longitude],
  count: 3,
});

describe('renderMapSvg', () => {
  const svg = renderMapSvg(
    { frame, base: '/tl/maps/europe.0123456789.svg', marks: marksOf(frame, [place('kyiv', kyiv)], () => 5) },
    'caption',
  );

  it('uses the land and borders of the base map file instead of copying them into the page', () => {
    expect(svg).toContain('<use class="map-land" href="/tl/maps/europe.0123456789.svg#land"/>');
    expect(svg).toContain('<use class="map-borders" href="/tl/maps/europe.0123456789.svg#borders"/>');
    expect(svg).not.toMatch(/<path class="map-land"/);
  });

  it('draws the borders over the land, and the marks over both', () => {
    expect(svg.indexOf('#land')).toBeLessThan(svg.indexOf('#borders'));
    expect(svg.indexOf('#borders')).toBeLessThan(svg.indexOf('data-place-id="kyiv"'));
  });
});

describe('renderBaseMapSvg', () => {
  const base = baseMapOf(frame);
  const file = renderBaseMapSvg(frame, base);

  it('is a standalone SVG of the same size as the maps drawn on its frame', () => {
    expect(file).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    expect(file).toContain(`viewBox="0 0 ${frame.width} ${frame.height}"`);
  });

  it('holds the land and the borders under the ids the maps use, borders unfilled and thin at any size', () => {
    expect(file).toContain(`<path id="land" d="${base.land}"/>`);
    expect(file).toContain(`<path id="borders" fill="none" vector-effect="non-scaling-stroke" d="${base.borders}"/>`);
  });
});
