import { describe, expect, it } from 'vitest';
import { createPaths, normaliseBasePath } from '../../src/lib/urls';

describe('normaliseBasePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/tl', '/tl/'],
    ['/tl/', '/tl/'],
    ['tl', '/tl/'],
    ['tl/', '/tl/'],
    [' /news/ ', '/news/'],
    ['//tl//', '/tl/'],
    ['/a/b', '/a/b/'],
  ])('reads BASE_PATH=%j as %j', (value, expected) => {
    expect(normaliseBasePath(value)).toBe(expected);
  });
});

describe('createPaths', () => {
  it('builds every SPEC URL at the site root', () => {
    const paths = createPaths('/');
    expect(paths.home).toBe('/');
    expect(paths.event('2022-03-19-macron-putin-call')).toBe('/events/2022-03-19-macron-putin-call/');
    expect(paths.actor('emmanuel-macron')).toBe('/actors/emmanuel-macron/');
    expect(paths.place('mariupol')).toBe('/places/mariupol/');
    expect(paths.tag('diplomacy')).toBe('/tags/diplomacy/');
    expect(paths.page('actors')).toBe('/actors/');
    expect(paths.page('search')).toBe('/search/');
    expect(paths.page()).toBe('/');
    expect(paths.file('rss.xml')).toBe('/rss.xml');
    expect(paths.file('/events.json')).toBe('/events.json');
  });

  it.each([['/tl'], ['/tl/'], ['tl'], ['/tl//']])('builds every URL under the base path %j', (base) => {
    const paths = createPaths(normaliseBasePath(base));
    expect(paths.home).toBe('/tl/');
    expect(paths.event('x')).toBe('/tl/events/x/');
    expect(paths.actor('emmanuel-macron')).toBe('/tl/actors/emmanuel-macron/');
    expect(paths.place('kyiv')).toBe('/tl/places/kyiv/');
    expect(paths.tag('ceasefire')).toBe('/tl/tags/ceasefire/');
    expect(paths.page('2022', '03')).toBe('/tl/2022/03/');
    expect(paths.file('sitemap-index.xml')).toBe('/tl/sitemap-index.xml');
  });

  it('adds the missing trailing slash to a base given without one', () => {
    expect(createPaths('/news').event('a')).toBe('/news/events/a/');
  });

  it('encodes path segments and accepts numbers', () => {
    const paths = createPaths('/');
    expect(paths.page('tags', 'a b/c')).toBe('/tags/a%20b%2Fc/');
    expect(paths.page(2022, 3)).toBe('/2022/3/');
  });

  it('places the TimelineJS files of the timeline and of each list under the base', () => {
    const paths = createPaths('/tl/');
    expect(paths.timelineJson()).toBe('/tl/timeline.json');
    expect(paths.timelineJson({ kind: 'actors', id: 'emmanuel-macron' })).toBe(
      '/tl/actors/emmanuel-macron/timeline.json',
    );
    expect(paths.timelineJson({ kind: 'tags', id: 'phone-call' })).toBe('/tl/tags/phone-call/timeline.json');
  });
});
