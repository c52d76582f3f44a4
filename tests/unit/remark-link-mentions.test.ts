import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { remarkLinkMentions, type MentionTarget } from '../../src/lib/remark-link-mentions';

const actors: Record<string, MentionTarget> = {
  'emmanuel-macron': { href: '/actors/emmanuel-macron/', names: ['Emmanuel Macron', 'Macron', 'Эммануэль Макрон'] },
  'vladimir-putin': { href: '/actors/vladimir-putin/', names: ['Vladimir Putin', 'Putin', 'Путин'] },
  'volodymyr-zelenskyy': {
    href: '/actors/volodymyr-zelenskyy/',
    names: ['Volodymyr Zelenskyy', 'Zelensky', 'Zelenskiy', 'Зеленський'],
  },
  un: { href: '/actors/un/', names: ['United Nations', 'U.N.', 'UN'] },
  'un-security-council': { href: '/actors/un-security-council/', names: ['UN Security Council'] },
};
const places: Record<string, MentionTarget> = {
  kyiv: { href: '/places/kyiv/', names: ['Kyiv', 'Kiev', 'Київ'] },
  mariupol: { href: '/places/mariupol/', names: ['Mariupol', 'Маріуполь'] },
};

/** The event body after the plugin, as Markdown, for an event naming these actors and places. */
async function linked(body: string, frontmatter: Record<string, unknown>): Promise<string> {
  const processor = unified()
    .use(remarkParse)
    .use(remarkLinkMentions, { targets: { actors, places } })
    .use(remarkStringify);
  const file = await processor.process({ value: body, data: { astro: { frontmatter } } });
  return String(file).trim();
}

const call = { actors: ['emmanuel-macron', 'vladimir-putin'], places: ['mariupol'] };

describe('remarkLinkMentions', () => {
  it("links the first mention of each of the event's actors and places by name", async () => {
    expect(await linked('Emmanuel Macron called Vladimir Putin about Mariupol.', call)).toBe(
      '[Emmanuel Macron](/actors/emmanuel-macron/) called [Vladimir Putin](/actors/vladimir-putin/) about [Mariupol](/places/mariupol/).',
    );
  });

  it('links each entity only once, at its first mention', async () => {
    expect(await linked('Macron spoke first. Later Macron spoke again.\n\nMacron left.', call)).toBe(
      '[Macron](/actors/emmanuel-macron/) spoke first. Later Macron spoke again.\n\nMacron left.',
    );
  });

  it('matches a name or an alias in any case, keeping the text as written', async () => {
    expect(await linked('The French president, MACRON, called putin.', call)).toBe(
      'The French president, [MACRON](/actors/emmanuel-macron/), called [putin](/actors/vladimir-putin/).',
    );
  });

  it('prefers the full name to a shorter alias at the same place', async () => {
    expect(await linked('Emmanuel Macron spoke.', call)).toBe('[Emmanuel Macron](/actors/emmanuel-macron/) spoke.');
  });

  it('gives a mention to the entity with the longer name when two start at the same place', async () => {
    expect(await linked('The UN Security Council met; the UN spoke.', { actors: ['un', 'un-security-council'] })).toBe(
      'The [UN Security Council](/actors/un-security-council/) met; the [UN](/actors/un/) spoke.',
    );
  });

  it('matches Cyrillic aliases, in any case', async () => {
    expect(await linked('Зеленський приїхав до КИЇВ.', { actors: ['volodymyr-zelenskyy'], places: ['kyiv'] })).toBe(
      '[Зеленський](/actors/volodymyr-zelenskyy/) приїхав до [КИЇВ](/places/kyiv/).',
    );
  });

  it('respects word boundaries, in Latin and Cyrillic script alike', async () => {
    const kyiv = { actors: [], places: ['kyiv'] };
    expect(await linked('Kyivan officials met in Kyivska oblast.', kyiv)).toBe(
      'Kyivan officials met in Kyivska oblast.',
    );
    expect(await linked('Київський міст, then Kyiv.', kyiv)).toBe('Київський міст, then [Kyiv](/places/kyiv/).');
    expect(await linked('Putinism is not Putin.', call)).toBe('Putinism is not [Putin](/actors/vladimir-putin/).');
  });

  it('treats punctuation in a name literally', async () => {
    const un = { actors: ['un'] };
    expect(await linked('A UAN report, then the U.N. replied.', un)).toBe(
      'A UAN report, then the [U.N.](/actors/un/) replied.',
    );
  });

  it('leaves text inside existing links alone', async () => {
    const result = await linked('See [Macron’s statement](https://elysee.fr/x) on the call.', call);
    expect(result).toBe('See [Macron’s statement](https://elysee.fr/x) on the call.');
  });

  it('does not nest a link in an existing link but still links a later plain mention', async () => {
    const result = await linked('See [Macron’s statement](https://elysee.fr/x). Macron was clear.', call);
    expect(result).toBe('See [Macron’s statement](https://elysee.fr/x). [Macron](/actors/emmanuel-macron/) was clear.');
  });

  it('leaves inline code and code blocks alone', async () => {
    const body = 'The field `Macron` is an example.\n\n```\nPutin\n```\n\nPutin answered.';
    expect(await linked(body, call)).toBe(
      'The field `Macron` is an example.\n\n```\nPutin\n```\n\n[Putin](/actors/vladimir-putin/) answered.',
    );
  });

  it('leaves headings alone and links the first mention in the text below', async () => {
    expect(await linked('## Macron in Mariupol\n\nMacron never went to Mariupol.', call)).toBe(
      '## Macron in Mariupol\n\n[Macron](/actors/emmanuel-macron/) never went to [Mariupol](/places/mariupol/).',
    );
  });

  it('links mentions inside emphasis and lists', async () => {
    expect(await linked('* talks with *Putin*', call)).toBe('* talks with *[Putin](/actors/vladimir-putin/)*');
  });

  it("links only the event's own actors and places", async () => {
    expect(await linked('Zelensky met Macron in Kyiv.', call)).toBe(
      'Zelensky met [Macron](/actors/emmanuel-macron/) in Kyiv.',
    );
  });

  it('accepts references as Astro resolves them, `{ id }` objects, as well as plain ids', async () => {
    const references = { actors: [{ collection: 'actors', id: 'vladimir-putin' }], places: [{ id: 'kyiv' }] };
    expect(await linked('Putin and Kyiv.', references)).toBe(
      '[Putin](/actors/vladimir-putin/) and [Kyiv](/places/kyiv/).',
    );
  });

  it('changes nothing for an event without frontmatter, actors or places, or with unknown ids', async () => {
    const body = 'Macron called Putin from Kyiv.';
    expect(await linked(body, {})).toBe(body);
    expect(await linked(body, { actors: [], places: [] })).toBe(body);
    expect(await linked(body, { actors: ['nobody'] })).toBe(body);
    // Ids that happen to be names of object properties are not targets either.
    expect(await linked(body, { actors: ['constructor', 'toString', '__proto__'] })).toBe(body);
  });
});
