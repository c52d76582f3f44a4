import type { GetStaticPaths } from 'astro';
import { listTimelineJson, listTimelinePaths } from '../../../timelinejs-export';

/** One topic's events in TimelineJS 3's JSON format. */
export const getStaticPaths = (() => listTimelinePaths('tags')) satisfies GetStaticPaths;

export const GET = listTimelineJson;
