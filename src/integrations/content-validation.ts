/**
 * Fails `astro build`, `astro check` and `astro sync` on bad content before Astro reads it, and
 * hands the actor and place names to the mention-linking remark plugin.
 */
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import { formatProblems, validateContent, type ContentFile, type ContentIndex } from '../lib/content-validation';
import { remarkLinkMentions, type MentionTarget } from '../lib/remark-link-mentions';
import { createPaths } from '../lib/urls';

export class ContentValidationError extends Error {
  override name = 'ContentValidationError';
}

function mentionTargets(
  files: readonly ContentFile<{ name: string; aliases: string[] }>[],
  hrefFor: (id: string) => string,
): Map<string, MentionTarget> {
  return new Map(files.map(({ id, data }) => [id, { href: hrefFor(id), names: [data.name, ...data.aliases] }]));
}

export default function contentValidation({ contentDir }: { contentDir: string }): AstroIntegration {
  const absoluteDir = path.resolve(contentDir);
  const check = (): ContentIndex => {
    const { problems, index } = validateContent(absoluteDir);
    if (problems.length > 0) throw new ContentValidationError(formatProblems(problems));
    return index;
  };
  return {
    name: 'timeline:content-validation',
    hooks: {
      'astro:config:setup': ({ config, updateConfig, logger }) => {
        const index = check();
        logger.info(
          `${index.events.length} events, ${index.actors.length} actors and ${index.places.length} places are valid`,
        );
        const paths = createPaths(config.base);
        const targets = {
          actors: mentionTargets(index.actors, paths.actor),
          places: mentionTargets(index.places, paths.place),
        };
        updateConfig({ markdown: { remarkPlugins: [[remarkLinkMentions, { targets }]] } });
      },
      'astro:server:setup': ({ server, logger }) => {
        // The dev server keeps running on bad content, so editors see each problem as they save.
        server.watcher.add(absoluteDir);
        server.watcher.on('all', (_event, file) => {
          if (!file.startsWith(absoluteDir)) return;
          try {
            check();
          } catch (error) {
            logger.error((error as Error).message);
          }
        });
      },
    },
  };
}
