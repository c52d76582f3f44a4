/**
 * TimelineJS slides hold HTML (headlines, texts, captions). The import turns it into Markdown
 * with the same unified tool chain that renders the site (rehype-parse → rehype-remark →
 * remark-stringify), so scripts, styles and unknown tags drop out by construction, not by pattern.
 */
import type { Nodes, Root } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';

const processor = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypeRemark)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', rule: '-' });

function toMarkdownTree(html: string): Root {
  return processor.runSync(processor.parse(html));
}

/** Markdown of an HTML fragment, without trailing blank lines; empty for empty or markup-only input. */
export function htmlToMarkdown(html: string): string {
  return processor.stringify(toMarkdownTree(html)).trim();
}

/** The text a reader sees in a node, links and emphasis reduced to their words. */
function textOf(node: Nodes): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell', 'code']);

/** Plain text of each block (paragraph, heading, cell) of an HTML fragment, whitespace collapsed. */
export function htmlToTextBlocks(html: string): string[] {
  const blocks: string[] = [];
  const collect = (node: Nodes) => {
    if (BLOCKS.has(node.type)) blocks.push(node.type === 'code' ? node.value : textOf(node));
    else if ('children' in node) node.children.forEach((child) => collect(child as Nodes));
  };
  collect(toMarkdownTree(html));
  return blocks.map((block) => block.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

/** Plain text of an HTML fragment on one line, e.g. a headline or a caption. */
export function htmlToPlainText(html: string): string {
  return htmlToTextBlocks(html).join(' ');
}
