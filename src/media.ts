/**
 * Images of `media.src` from the content folder's `media/`, for Astro's image service. The glob is
 * resolved through the `@content-media` alias (astro.config.mjs), so it follows CONTENT_DIR;
 * content validation has already made sure every local `src` is an image inside that folder.
 */
import path from 'node:path';
import type { ImageMetadata } from 'astro';
import { getImage } from 'astro:assets';
import { isLocalMedia } from './lib/content-schemas';

const images = import.meta.glob<{ default: ImageMetadata }>(
  '@content-media/**/*.{jpg,jpeg,png,webp,avif,gif,JPG,JPEG,PNG,WEBP,AVIF,GIF}',
);
/**
 * Vite keys the files by their path (from the project root, or absolute outside it), all under one
 * prefix, the media folder: of the keys that end in `/<src>`, the shortest is `<prefix>/<src>`.
 */
function keyOf(src: string): string | undefined {
  // `./photos/a.jpg` and `photos//a.jpg` name the file content validation found.
  const relative = path.posix.normalize(src);
  const matches = Object.keys(images).filter((key) => key.endsWith(`/${relative}`));
  return matches.sort((a, b) => a.length - b.length)[0];
}

/** The image a local `media.src` names (a path relative to `content/media/`). */
export async function mediaImage(src: string): Promise<ImageMetadata> {
  const key = keyOf(src);
  const load = key === undefined ? undefined : images[key];
  if (!load) throw new Error(`media.src "${src}" is not an image in the content folder's media/`);
  return (await load()).default;
}

export interface OpenGraphImage {
  /** Path of the optimised file under the base path; pages make it absolute. */
  src: string;
  width: number;
  height: number;
  alt: string;
}

/** A JPEG no wider than 1200 pixels (what link previews show) of an event's local image. */
export async function openGraphImage(media: {
  src: string;
  alt?: string | undefined;
}): Promise<OpenGraphImage | undefined> {
  if (!isLocalMedia(media.src)) return undefined;
  const image = await mediaImage(media.src);
  const result = await getImage({ src: image, width: Math.min(1200, image.width), format: 'jpg' });
  const width = Number(result.attributes['width'] ?? image.width);
  const height = Number(result.attributes['height'] ?? image.height);
  return { src: result.src, width, height, alt: media.alt ?? '' };
}
