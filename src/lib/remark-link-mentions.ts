/**
 * Links the first mention of each of an event's actors and places in its account, by name or
 * any alias and in any case. Code, existing links and headings are left alone.
 */
import type { Link, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

export interface MentionTarget {
  href: string;
  /** Name first, then aliases. */
  names: readonly string[];
}

export interface LinkMentionsOptions {
  /**
   * Targets by frontmatter field and id: `{ actors: { 'emmanuel-macron': {...} }, places: {...} }`.
   * Plain objects, not Maps: Astro hashes its config, plugin options included, to decide when
   * cached Markdown must be rendered again, and a Map would hash as `{}`.
   */
  targets: Record<'actors' | 'places', Readonly<Record<string, MentionTarget>>>;
}

interface Candidate {
  target: MentionTarget;
  pattern: RegExp;
}

const SKIPPED_PARENTS = new Set(['link', 'linkReference', 'heading', 'definition']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names as whole words: not preceded or followed by a letter or digit of any script. */
function patternFor(names: readonly string[]): RegExp {
  const alternatives = [...names].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

function idsOf(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) => {
    if (typeof item === 'string') return [item];
    if (item && typeof item === 'object' && 'id' in item && typeof item.id === 'string') return [item.id];
    return [];
  });
}

/** One compiled pattern per target for the whole build, not one per file. */
const patterns = new WeakMap<MentionTarget, RegExp | undefined>();

function patternOf(target: MentionTarget): RegExp | undefined {
  if (!patterns.has(target)) {
    const names = target.names.filter((name) => name.trim().length > 1);
    patterns.set(target, names.length > 0 ? patternFor(names) : undefined);
  }
  return patterns.get(target);
}

/** Targets the frontmatter names that the Markdown source (when known) mentions at all. */
function candidatesFor(
  frontmatter: Record<string, unknown>,
  source: string | undefined,
  targets: LinkMentionsOptions['targets'],
): Candidate[] {
  return (['actors', 'places'] as const).flatMap((field) =>
    idsOf(frontmatter[field]).flatMap((id) => {
      const target = Object.hasOwn(targets[field], id) ? targets[field][id] : undefined;
      const pattern = target && patternOf(target);
      return target && pattern && (source === undefined || pattern.test(source)) ? [{ target, pattern }] : [];
    }),
  );
}

/** Splits a text node at the earliest mention of any pending candidate. */
function linkFirstMention(node: Text, pending: Candidate[]): PhrasingContent[] | undefined {
  let best: { candidate: Candidate; index: number; length: number } | undefined;
  for (const candidate of pending) {
    const match = candidate.pattern.exec(node.value);
    // At the same position the longer name wins: "UN Security Council" over "UN".
    const better =
      match && (!best || match.index < best.index || (match.index === best.index && match[0].length > best.length));
    if (match && better) best = { candidate, index: match.index, length: match[0].length };
  }
  if (!best) return undefined;
  pending.splice(pending.indexOf(best.candidate), 1);
  const before = node.value.slice(0, best.index);
  const mention = node.value.slice(best.index, best.index + best.length);
  const after: Text = { type: 'text', value: node.value.slice(best.index + best.length) };
  const link: Link = { type: 'link', url: best.candidate.target.href, children: [{ type: 'text', value: mention }] };
  const rest = after.value ? (linkFirstMention(after, pending) ?? [after]) : [];
  return [...(before ? [{ type: 'text', value: before } as Text] : []), link, ...rest];
}

export function remarkLinkMentions({ targets }: LinkMentionsOptions) {
  return (tree: Root, file: { value?: unknown; data: { astro?: { frontmatter?: Record<string, unknown> } } }) => {
    const source = typeof file.value === 'string' ? file.value : undefined;
    const pending = candidatesFor(file.data.astro?.frontmatter ?? {}, source, targets);
    if (pending.length === 0) return;
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (SKIPPED_PARENTS.has(node.type) || node.type === 'code' || node.type === 'inlineCode' || node.type === 'html')
        return SKIP;
      if (node.type !== 'text' || !parent || index === undefined || pending.length === 0) return undefined;
      const replacement = linkFirstMention(node as Text, pending);
      if (!replacement) return undefined;
      parent.children.splice(index, 1, ...replacement);
      return [SKIP, index + replacement.length];
    });
  };
}
