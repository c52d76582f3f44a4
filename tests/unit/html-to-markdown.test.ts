import { describe, expect, it } from 'vitest';
import { htmlToMarkdown, htmlToPlainText, htmlToTextBlocks } from '../../src/lib/html-to-markdown';

describe('TimelineJS HTML to Markdown', () => {
  it('keeps paragraphs, links, emphasis and lists', () => {
    expect(
      htmlToMarkdown(
        '<p>Take <a href="https://en.wikipedia.org/wiki/Ada_Lovelace">Ada Lovelace</a>: <b>first</b> <i>programmer</i>.</p><ul><li>one</li><li>two</li></ul>',
      ),
    ).toBe('Take [Ada Lovelace](https://en.wikipedia.org/wiki/Ada_Lovelace): **first** _programmer_.\n\n- one\n- two');
  });

  it('turns a blockquote into a Markdown quote', () => {
    expect(htmlToMarkdown('<blockquote>There is no demand <cite>Edith Clarke</cite></blockquote>')).toBe(
      '> There is no demand Edith Clarke',
    );
  });

  it('drops scripts, styles and event handlers', () => {
    const markdown = htmlToMarkdown('<p onclick="alert(1)">Hi</p><script>alert(2)</script><style>p{}</style>');
    expect(markdown).toBe('Hi');
  });

  it('escapes Markdown syntax that was plain text in the HTML', () => {
    expect(htmlToMarkdown('<p>5 * 3 and [not a link]</p>')).toBe('5 \\* 3 and \\[not a link]');
  });

  it('reads entities and keeps plain text without markup', () => {
    expect(htmlToPlainText('Bucking &amp; <em>the</em> trend')).toBe('Bucking & the trend');
    expect(htmlToMarkdown('')).toBe('');
  });

  it('gives the plain text of each block for summaries', () => {
    expect(htmlToTextBlocks('<p>One. Two.</p>\n<span class="tl-note">A note.</span>')).toEqual([
      'One. Two.',
      'A note.',
    ]);
  });
});
