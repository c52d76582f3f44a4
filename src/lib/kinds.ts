/** Labels of actor and place kinds, and coordinates as the interface writes them. */
import type { Translator } from './messages';

export const KINDS = ['person', 'organization', 'state', 'group', 'city', 'site', 'region', 'country'] as const;
export type Kind = (typeof KINDS)[number];

/** Anchors of the index groups, the same in every language so that links to them keep working. */
export const KIND_ANCHORS: Record<Kind, string> = {
  person: 'people',
  organization: 'organisations',
  state: 'states',
  group: 'groups',
  city: 'cities-and-towns',
  site: 'sites',
  region: 'regions',
  country: 'countries',
};

/** The label of one kind, for an actor's or place's page: "Person", "City or town". */
export function kindLabel(kind: Kind, messages: Translator): string {
  return messages.t(`kind.${kind}`);
}

/** Index headings for the given kinds, in that order: "People", "Cities and towns". */
export function pluralLabels(kinds: readonly Kind[], messages: Translator): Record<string, string> {
  return Object.fromEntries(kinds.map((kind) => [kind, messages.t(`kinds.${kind}`)]));
}

/** "47.0951° N, 37.5413° E", hemispheres instead of signs, numbers as the language writes them. */
export function formatCoordinates([latitude, longitude]: readonly [number, number], messages: Translator): string {
  const degrees = (value: number) => messages.number(Math.abs(value), { maximumFractionDigits: 4 });
  return messages.t('place.coordinates', {
    latitude: messages.t(latitude >= 0 ? 'place.north' : 'place.south', { degrees: degrees(latitude) }),
    longitude: messages.t(longitude >= 0 ? 'place.east' : 'place.west', { degrees: degrees(longitude) }),
  });
}
