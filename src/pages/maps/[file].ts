import type { APIRoute, GetStaticPaths } from 'astro';
import { getPlaceMaps } from '../../place-maps';

/** The base maps (land and borders) that the pages' maps `<use>`, one file per frame. */
export const getStaticPaths = (async () =>
  (await getPlaceMaps())
    .baseMapFiles()
    .map(({ file, svg }) => ({ params: { file }, props: { svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) =>
  new Response(props.svg, { headers: { 'Content-Type': 'image/svg+xml' } });
