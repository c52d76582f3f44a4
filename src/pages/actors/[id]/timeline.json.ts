import type { GetStaticPaths } from 'astro';
import { listTimelineJson, listTimelinePaths } from '../../../timelinejs-export';

/** One actor's events in TimelineJS 3's JSON format. */
export const getStaticPaths = (() => listTimelinePaths('actors')) satisfies GetStaticPaths;

export const GET = listTimelineJson;
