import { Writable } from 'node:stream';
import { SlashCommandBuilder } from '@discordjs/builders';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/command.js';
import { createCooldown } from '../../src/core/cooldown.js';
import { createInteractionHandler } from '../../src/core/dispatch.js';
import { createLogger } from '../../src/log.js';

describe('createCooldown', () => {
  it('lets a user through, then makes them wait until the cooldown has passed', () => {
    let time = 1_000;
    const cooldown = createCooldown(3_000, () => time);
    expect(cooldown.take('a')).toBe(0);
    time += 1_000;
    expect(cooldown.take('a')).toBe(2_000);
    expect(cooldown.take('b')).toBe(0);
    time += 2_000;
    expect(cooldown.take('a')).toBe(0);
  });

  it('is off at 0 ms', () => {
    const cooldown = createCooldown(0);
    expect(cooldown.take('a')).toBe(0);
    expect(cooldown.take('a')).toBe(0);
  });

  it('keeps serving when more users arrive than it remembers', () => {
    let time = 0;
    const cooldown = createCooldown(1_000, () => time, 3);
    for (const id of ['a', 'b', 'c', 'd', 'e']) expect(cooldown.take(id)).toBe(0);
    time += 1;
    expect(cooldown.take('e')).toBe(999);
  });
});

describe('the dispatcher’s cooldown', () => {
  const executed: string[] = [];
  const ask: Command<{ text?: string }> = {
    data: new SlashCommandBuilder()
      .setName('ask')
      .setDescription('t')
      .addStringOption((o) => o.setName('text').setDescription('t')),
    execute: ({ options }) => {
      executed.push(options.text ?? '(none)');
      return { content: 'answer' };
    },
    usesCooldown: (options) => options.text !== undefined,
  };
  const sink = new Writable({ write: (_c, _e, done) => done() });
  const handle = createInteractionHandler([ask], createLogger({ destination: sink }), { cooldown: createCooldown(60_000) });
  const user = { id: '7', username: 'fast' };

  it('answers a second costly call “slow down” privately, without doing the work', async () => {
    await handle({ kind: 'command', commandName: 'ask', options: { text: 'one' }, user, guildId: null });
    const second = await handle({ kind: 'command', commandName: 'ask', options: { text: 'two' }, user, guildId: null });
    expect(second).toMatchObject({ type: 'message', message: { flags: 64, content: 'Slow down: you can ask again in 60 s.' } });
    expect(executed).toEqual(['one']);
  });

  it('does not hold back calls that are not costly', async () => {
    const cheap = await handle({ kind: 'command', commandName: 'ask', options: {}, user, guildId: null });
    expect(cheap).toMatchObject({ type: 'message', message: { content: 'answer' } });
  });
});
