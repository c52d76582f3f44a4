/** Display labels of actor and place kinds, singular for a page and plural for index headings. */
export const KIND_LABELS = {
  person: { one: 'Person', many: 'People' },
  organization: { one: 'Organisation', many: 'Organisations' },
  state: { one: 'State', many: 'States' },
  group: { one: 'Group', many: 'Groups' },
  city: { one: 'City or town', many: 'Cities and towns' },
  site: { one: 'Site', many: 'Sites' },
  region: { one: 'Region', many: 'Regions' },
  country: { one: 'Country', many: 'Countries' },
} as const satisfies Record<string, { one: string; many: string }>;

export type Kind = keyof typeof KIND_LABELS;

/** Index headings for the given kinds, in that order. */
export function pluralLabels(kinds: readonly Kind[]): Record<string, string> {
  return Object.fromEntries(kinds.map((kind) => [kind, KIND_LABELS[kind].many]));
}

/** "47.0951° N, 37.5413° E". */
export function formatCoordinates([latitude, longitude]: readonly [number, number]): string {
  const part = (value: number, positive: string, negative: string) =>
    `${Math.abs(value)}° ${value >= 0 ? positive : negative}`;
  return `${part(latitude, 'N', 'S')}, ${part(longitude, 'E', 'W')}`;
}
