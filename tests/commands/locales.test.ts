import { describe, expect, it } from 'vitest';
import { createCommandDirectory } from '../../src/core/command-directory.js';
import { createCooldown } from '../../src/core/cooldown.js';
import { createInteractionHandler } from '../../src/core/dispatch.js';
import type { RawOptions } from '../../src/core/interaction.js';
import { getStory } from '../../src/story/load.js';
import { listButtons } from '../../src/transports/console/render-terminal.js';
import { commands } from '../helpers/commands.js';
import { handle, messageOf, user, visibleText } from '../helpers/handler.js';
import { capturingLogger } from '../helpers/logger.js';

const story = getStory();
const inLocale = (locale: string | undefined, commandName: string, options: RawOptions = {}) =>
  handle({ kind: 'command', commandName, options, user, guildId: null, locale });

describe("replies in the reader's language", () => {
  it('labels the summary, its buttons and its dates in German, and keeps the story as published', async () => {
    const message = messageOf(await inLocale('de', 'xen-news'));
    const [embed] = message.embeds ?? [];
    expect(embed?.title).toBe(story.meta.headline);
    expect(embed?.description).toContain(story.meta.standfirst);
    expect(embed?.fields?.[0]).toEqual({ name: 'Nachtrag vom 24. Nov. 2017', value: story.meta.update.note });
    expect(embed?.footer?.text).toBe('The Register · veröffentlicht am 22. Nov. 2017');
    expect(listButtons(message).map((b) => b.label)).toEqual([
      'Zeitleiste',
      'Personen',
      'Zitate',
      'Nachtrag vom 24. Nov. 2017',
      'Vorlage zum Teilen',
      'Weitere Artikel',
      'Bei The Register lesen',
    ]);
  });

  it('gives each language its own copy of a shared section, and English to any language it does not speak', async () => {
    const japanese = visibleText(messageOf(await inLocale('ja', 'xen-news', { section: 'people' })));
    const korean = visibleText(messageOf(await inLocale('ko', 'xen-news', { section: 'people' })));
    const english = visibleText(messageOf(await inLocale(undefined, 'xen-news', { section: 'people' })));
    expect(japanese).toContain('記事の登場人物');
    expect(korean).toBe(english);
    expect(english).toContain('People in the story');
  });

  it('quotes verbatim in every language, with the title in the reader’s', async () => {
    const french = messageOf(await inLocale('fr', 'quote', { source: 'gartner' }));
    const english = messageOf(await inLocale(undefined, 'quote', { source: 'gartner' }));
    expect(french.embeds?.[0]?.title).toBe('Ce qu’a dit Gartner');
    expect(french.embeds?.[0]?.fields).toEqual(english.embeds?.[0]?.fields);
  });

  it('says an error privately in the reader’s language', async () => {
    const reply = messageOf(await inLocale('es-ES', 'xen-news', { question: 'x', section: 'people' }));
    expect(reply).toMatchObject({ content: 'Usa `question` o `section`, no las dos.', flags: 64 });
  });

  it('says "slow down" in the reader’s language', async () => {
    const limited = createInteractionHandler(commands, capturingLogger().logger, { cooldown: createCooldown(60_000) });
    const ask = () =>
      limited({
        kind: 'command',
        commandName: 'xen-news',
        options: { question: 'who is warrilow?' },
        user,
        guildId: null,
        locale: 'pt-BR',
      });
    await ask();
    expect(messageOf(await ask()).content).toMatch(/^Calma: você pode perguntar de novo em \d+ s\.$/);
  });

  it('measures the template for each network in the reader’s language', async () => {
    const text = visibleText(messageOf(await inLocale('de', 'xen-news', { section: 'social', network: 'x' })));
    expect(text).toMatch(/\*\*X\*\* passt: \d+\/280 Zeichen/);
  });

  it('says "not in the story" in the reader’s language', async () => {
    const embed = messageOf(await inLocale('ja', 'xen-news', { question: 'what is the weather in Paris?' })).embeds?.[0];
    expect(embed?.title).toBe('記事には書かれていません');
  });

  it('says what of a message the story does not answer in the reader’s language, after the story’s words', async () => {
    const question = "who is cottingham and what's the weather in london today";
    const german = messageOf(await inLocale('de', 'xen-news', { question })).embeds?.[0]?.description ?? '';
    expect(german).toContain("Citrix's director for XenServer");
    expect(german.endsWith('Den Rest der Frage beantwortet der Artikel nicht.')).toBe(true);
    expect(german).not.toContain("doesn't answer the rest");
    const named = messageOf(
      await inLocale('fr', 'xen-news', { question: 'what did warrilow say about xen, and what does ibm think of it' }),
    );
    expect(named.embeds?.[0]?.description?.endsWith('L’article ne dit rien de ibm.')).toBe(true);
  });
});

describe('command mentions', () => {
  it('names a command as text until its id is known, then with a tappable mention', async () => {
    const directory = createCommandDirectory();
    const handler = createInteractionHandler(commands, capturingLogger().logger, { commandDirectory: directory });
    const people = async () =>
      messageOf(await handler({ kind: 'command', commandName: 'xen-news', options: { section: 'people' }, user, guildId: null }));
    expect((await people()).embeds?.[0]?.description).toBe('Use `/quote` for what each of them said.');
    directory.record([{ name: 'quote', id: '1234567890123' }]);
    expect((await people()).embeds?.[0]?.description).toBe('Use </quote:1234567890123> for what each of them said.');
  });
});

describe('the teasers', () => {
  it('label an answer drawn from them as another story', async () => {
    const reply = messageOf(
      await handle({
        kind: 'command',
        commandName: 'xen-news',
        options: { question: 'what does CAPSTONE stand for?' },
        user,
        guildId: null,
      }),
    );
    expect(reply.embeds?.[0]?.description).toMatch(/\n-# Also on The Register, 2022: not about Xen$/);
  });

  it("label a teaser speaker's /quote suggestion and quotes", async () => {
    const choices = await handle({
      kind: 'autocomplete',
      commandName: 'quote',
      options: { source: 'pott' },
      focused: 'source',
      user,
      guildId: null,
    });
    expect(choices).toEqual({
      type: 'choices',
      choices: [{ name: 'Sunil Potti (Google) · Also on The Register, 2022: not about Xen', value: 'sunil-potti' }],
    });
    const quote = messageOf(
      await handle({ kind: 'command', commandName: 'quote', options: { source: 'potti' }, user, guildId: null }),
    );
    expect(quote.embeds?.[0]?.fields?.[0]?.value).toContain('-# Also on The Register, 2022: not about Xen');
  });
});
