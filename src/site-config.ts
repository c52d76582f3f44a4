/** Settings of this edition that templates share. */
export const SITE = {
  title: 'Ukraine 2022–2024: the diplomacy of the war',
  shortTitle: 'War diplomacy 2022–2024',
  description:
    'A sourced, day-by-day timeline of the diplomacy of Russia’s full-scale war against Ukraine from 2022 to 2024: calls, summits, votes, sanctions and talks.',
  lang: 'en',
  /**
   * Estimated bytes of event cards a list page may hold before it is split by year, then by
   * month; with the page around them, pages stay under 200 KB.
   */
  listPageBudgetBytes: 150_000,
  /**
   * Bytes a time axis may add to a page (periods, eras and key events); list pages leave room
   * for it in their budget.
   */
  timeAxisBudgetBytes: 20_000,
  /** Key events marked on the axis of one page of a split list; a list on one page marks all. */
  axisKeyEventLimit: 30,
  /** Events in the RSS feeds. */
  feedSize: 50,
  /** Actors listed as most often beside an actor, at a place or in a topic. */
  companionCount: 8,
} as const;
