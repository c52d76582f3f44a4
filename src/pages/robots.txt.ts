import type { APIRoute } from 'astro';
import { paths } from '../paths';

export const GET: APIRoute = ({ site }) =>
  new Response(
    `User-agent: *\nAllow: ${paths.home}\nDisallow: ${paths.page('search')}\n\nSitemap: ${new URL(paths.file('sitemap-index.xml'), site).href}\n`,
    {
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    },
  );
