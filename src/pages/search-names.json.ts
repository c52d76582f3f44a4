import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog';
import { KIND_LABELS } from '../lib/kinds';
import type { NameEntry } from '../lib/name-matching';
import { encodeNameIndex } from '../lib/name-index';

/** The name index search loads on focus (src/lib/name-index.ts): actors, places and topics. */
export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  const count = (index: Map<string, unknown[]>, id: string) => index.get(id)?.length ?? 0;
  const entries: NameEntry[] = [
    ...[...catalog.actors.values()].map(({ id, data }) => ({
      kind: 'actor' as const,
      id,
      name: data.name,
      aliases: data.aliases,
      label: data.role ?? KIND_LABELS[data.kind].one,
      events: count(catalog.eventsByActor, id),
    })),
    ...[...catalog.places.values()].map(({ id, data }) => ({
      kind: 'place' as const,
      id,
      name: data.name,
      aliases: data.aliases,
      label: KIND_LABELS[data.kind].one,
      events: count(catalog.eventsByPlace, id),
    })),
    ...catalog.tags.map((tag) => ({
      kind: 'topic' as const,
      id: tag,
      name: tag,
      aliases: [],
      label: '',
      events: count(catalog.eventsByTag, tag),
    })),
  ];
  return new Response(JSON.stringify(encodeNameIndex(entries)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
