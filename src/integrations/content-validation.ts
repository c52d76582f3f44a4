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

/** Accounts usually name a person by surname alone ("Macron"), so it counts as a mention too. */
function namesOf({ name, aliases, kind }: { name: string; aliases: string[]; kind: string }): string[] {
  const surname = kind === 'person' ? name.split(/\s+/).at(-1) : undefined;
  return [name, ...aliases, ...(surname && surname !== name && surname.length > 3 ? [surname] : [])];
}

function mentionTargets(
  files: readonly ContentFile<{ name: string; aliases: string[]; kind: string }>[],
  hrefFor: (id: string) => string,
): Record<string, MentionTarget> {
  return Object.fromEntries(files.map(({ id, data }) => [id, { href: hrefFor(id), names: namesOf(data) }]));
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
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        const index = check();
        logger.info(
          `${index.events.length} events, ${index.actors.length} actors, ${index.places.length} places and ${index.eras.length} eras are valid`,
        );
        const paths = createPaths(config.base);
        const targets = {
          actors: mentionTargets(index.actors, paths.actor),
          places: mentionTargets(index.places, paths.place),
        };
        updateConfig({
          markdown: { remarkPlugins: [[remarkLinkMentions, { targets }]] },
          // Drafts show in `astro dev` only; decided by the command, not NODE_ENV, so no build can leak them.
          vite: { define: { 'import.meta.env.TIMELINE_SHOW_DRAFTS': JSON.stringify(command === 'dev') } },
        });
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
