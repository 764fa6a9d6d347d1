import { SlashCommandBuilder } from '@discordjs/builders';
import { describe, expect, it } from 'vitest';
import { createCommands } from '../../commands/index.js';
import { definedOnFirstUse } from '../../src/core/command.js';
import { createInteractionHandler } from '../../src/core/dispatch.js';
import { getStory } from '../../src/story/load.js';
import { capturingLogger } from '../helpers/logger.js';

describe('a definition built on first use', () => {
  it('has its name at once and is built when its JSON is first asked for, once', () => {
    let builds = 0;
    const data = definedOnFirstUse('ping', () => {
      builds += 1;
      return new SlashCommandBuilder().setName('ping').setDescription('Answers pong');
    });
    expect(data.name).toBe('ping');
    expect(builds).toBe(0);
    expect(data.toJSON()).toMatchObject({ name: 'ping', description: 'Answers pong' });
    expect(data.toJSON()).toEqual(data.toJSON());
    expect(builds).toBe(1);
  });

  it('refuses a definition that names another command', () => {
    const data = definedOnFirstUse('ping', () => new SlashCommandBuilder().setName('pong').setDescription('Answers ping'));
    expect(() => data.toJSON()).toThrowError('the definition of /ping names /pong');
  });
});

describe('/xen-news, whose definition is built on first use', () => {
  it('is not built by making the commands and the handler, and its options parse on the first call', async () => {
    const story = getStory();
    const commands = createCommands(story);
    const xenNews = commands.find((command) => command.data.name === 'xen-news');
    if (!xenNews) throw new Error('no /xen-news');
    let built = 0;
    const toJSON = xenNews.data.toJSON.bind(xenNews.data);
    const counted = {
      ...xenNews,
      data: {
        name: xenNews.data.name,
        toJSON: () => {
          built += 1;
          return toJSON();
        },
      },
    };
    const handler = createInteractionHandler(
      commands.map((command) => (command === xenNews ? counted : command)),
      capturingLogger().logger,
      { story },
    );
    expect(built).toBe(0);
    const user = { id: '1', username: 'reader' };
    const answer = await handler({
      kind: 'command',
      commandName: 'xen-news',
      options: { section: 'update' },
      user,
      guildId: null,
    });
    expect(answer).toMatchObject({ type: 'message', message: { embeds: [{ title: expect.any(String) }] } });
    const refused = await handler({
      kind: 'command',
      commandName: 'xen-news',
      options: { section: 'nope' },
      user,
      guildId: null,
    });
    expect(refused).toMatchObject({ message: { flags: 64 } });
    expect(built).toBe(1);
  });
});
