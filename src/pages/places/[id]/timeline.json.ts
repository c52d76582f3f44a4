import type { GetStaticPaths } from 'astro';
import { listTimelineJson, listTimelinePaths } from '../../../timelinejs-export';

/** One place's events in TimelineJS 3's JSON format. */
export const getStaticPaths = (() => listTimelinePaths('places')) satisfies GetStaticPaths;

export const GET = listTimelineJson;
