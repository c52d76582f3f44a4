import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog';
import { eventsCsvResponse } from '../timelinejs-export';

/** Every published event as CSV, TimelineJS's Sheets template columns first. */
export const GET: APIRoute = async ({ site }) => eventsCsvResponse((await getCatalog()).events, site);
