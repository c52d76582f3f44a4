import type { APIRoute } from 'astro';
import { getCatalog } from '../catalog';
import { correctionFeed } from '../feeds';

export const GET: APIRoute = async ({ site }) =>
  correctionFeed({ corrections: (await getCatalog()).corrections, site });
