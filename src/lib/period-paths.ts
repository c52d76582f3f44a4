/** Route helpers shared by the actor, place and tag pages: one page per period of each one's events. */
import type { PeriodPage } from './period-pages';

export interface EntityPeriodPath<Event> {
  params: { period: string | undefined };
  page: PeriodPage<Event>;
  pages: PeriodPage<Event>[];
}

/** Static paths for one entity's period pages; an entity without events still gets its first page. */
export function entityPeriodPaths<Event>(pages: PeriodPage<Event>[]): EntityPeriodPath<Event>[] {
  return pages.map((page) => ({
    params: { period: page.segments.length > 0 ? page.segments.join('/') : undefined },
    page,
    pages,
  }));
}
