import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog';
import { timelineJsonResponse } from '../timelinejs-export';

/** Every published event in TimelineJS 3's JSON format. */
export const GET: APIRoute = async ({ site }) => timelineJsonResponse((await getCatalog()).events, site);
