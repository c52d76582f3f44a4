/** Settings of this edition that templates share. */
export const SITE = {
  title: 'Ukraine 2022: the diplomacy of the war',
  shortTitle: 'War diplomacy 2022',
  description:
    'A sourced, day-by-day timeline of the diplomacy around Russia’s full-scale invasion of Ukraine in 2022: calls, summits, votes, sanctions and talks.',
  lang: 'en',
  /** Events per list page before lists are split by year, then month. */
  eventsPerPage: 150,
  /** Events in the RSS feeds. */
  feedSize: 50,
} as const;
