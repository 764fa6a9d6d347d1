import { Writable } from 'node:stream';
import { SlashCommandBuilder } from '@discordjs/builders';
import { AllowedMentionsTypes } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/command.js';
import { createCommandDirectory } from '../../src/core/command-directory.js';
import { createCooldown } from '../../src/core/cooldown.js';
import { createInteractionHandler } from '../../src/core/dispatch.js';
import { UserError } from '../../src/core/errors.js';
import { createLogger } from '../../src/log.js';

function handlerWith(commands: Command[], options: Parameters<typeof createInteractionHandler>[2] = {}) {
  const logs: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  });
  return { handle: createInteractionHandler(commands, createLogger({ destination: sink }), options), logs };
}

const user = { id: '1', username: 'u' };
const command = (name: string, execute: Command['execute'], extra: Partial<Command> = {}): Command => ({
  data: new SlashCommandBuilder()
    .setName(name)
    .setDescription('test')
    .addStringOption((o) => o.setName('text').setDescription('t')),
  execute,
  ...extra,
});

describe('createInteractionHandler', () => {
  it('returns the handler’s message with mentions disabled, whatever the handler set', async () => {
    const { handle } = handlerWith([
      command('echo', () => ({ content: '@everyone', allowed_mentions: { parse: [AllowedMentionsTypes.Everyone] } })),
    ]);
    const response = await handle({ kind: 'command', commandName: 'echo', options: {}, user, guildId: null });
    expect(response).toEqual({ type: 'message', message: { content: '@everyone', allowed_mentions: { parse: [] } } });
  });

  it('turns a UserError into a short ephemeral reply with its message', async () => {
    const { handle } = handlerWith([
      command('fail', () => {
        throw new UserError('error.question-and-section');
      }),
    ]);
    const response = await handle({ kind: 'command', commandName: 'fail', options: {}, user, guildId: null });
    expect(response).toEqual({
      type: 'message',
      message: { content: 'Use either `question` or `section`, not both.', flags: 64, allowed_mentions: { parse: [] } },
    });
    const inGerman = await handle({ kind: 'command', commandName: 'fail', options: {}, user, guildId: null, locale: 'de' });
    expect(inGerman).toMatchObject({ message: { content: 'Nutze entweder `question` oder `section`, nicht beides.' } });
  });

  it('answers an unexpected error with an apology carrying the reference id it logged, and keeps serving', async () => {
    const { handle, logs } = handlerWith([
      command('boom', () => {
        throw new Error('secret internals');
      }),
      command('ok', () => ({ content: 'fine' })),
    ]);
    const response = await handle({ kind: 'command', commandName: 'boom', options: {}, user, guildId: null });
    if (response.type !== 'message') throw new Error('expected a message');
    expect(response.message.flags).toBe(64);
    expect(response.message.content).not.toContain('secret internals');
    const ref = /`([0-9a-f]{8})`/.exec(response.message.content ?? '')?.[1];
    expect(ref).toBeDefined();
    expect(logs.find((line) => line.ref === ref)).toMatchObject({ outcome: 'error', level: 50, command: 'boom' });
    const next = await handle({ kind: 'command', commandName: 'ok', options: {}, user, guildId: null });
    expect(next).toMatchObject({ type: 'message', message: { content: 'fine' } });
  });

  it('logs one line per interaction with option names but not their values', async () => {
    const { handle, logs } = handlerWith([command('echo', () => ({ content: 'x' }))]);
    await handle({ kind: 'command', commandName: 'echo', options: { text: 'private words' }, user, guildId: null });
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatchObject({ command: 'echo', options: ['text'], outcome: 'ok' });
    expect(JSON.stringify(logs)).not.toContain('private words');
  });

  it('refuses an unknown command and an unknown button politely', async () => {
    const { handle } = handlerWith([command('echo', () => ({ content: 'x' }))]);
    const unknown = await handle({ kind: 'command', commandName: 'nope', options: {}, user, guildId: null });
    expect(unknown).toMatchObject({ type: 'message', message: { flags: 64, content: expect.stringContaining('`/echo`') } });
    const button = await handle({ kind: 'button', customId: 'echo:whatever', user, guildId: null });
    expect(button).toMatchObject({ type: 'message', message: { flags: 64, content: 'That button is not one of mine.' } });
  });

  it('answers autocomplete with at most 25 choices, and with none when it fails', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ name: `c${i}`, value: `c${i}` }));
    const { handle } = handlerWith([
      command('many', () => ({ content: 'x' }), { autocomplete: () => many }),
      command('broken', () => ({ content: 'x' }), {
        autocomplete: () => {
          throw new Error('bad');
        },
      }),
    ]);
    const request = { kind: 'autocomplete' as const, options: { text: '' }, focused: 'text', user, guildId: null };
    const ok = await handle({ ...request, commandName: 'many' });
    expect(ok.type === 'choices' && ok.choices).toHaveLength(25);
    expect(await handle({ ...request, commandName: 'broken' })).toEqual({ type: 'choices', choices: [] });
  });

  it('routes a button press to the command named in its custom_id', async () => {
    const { handle } = handlerWith([
      command('pager', () => ({ content: 'x' }), {
        press: ({ args }) => ({ type: 'update', message: { content: `page ${args.join('/')}` } }),
      }),
    ]);
    const response = await handle({ kind: 'button', customId: 'pager:2:3', user, guildId: null });
    expect(response).toEqual({ type: 'update', message: { content: 'page 2/3', allowed_mentions: { parse: [] } } });
  });

  describe('replies that depend on their options only', () => {
    /** A command that counts its runs and says which run answered, so a kept reply shows. */
    function counting(extra: Partial<Command> = { replyDependsOnOptionsOnly: () => true }) {
      const runs: string[] = [];
      const counted = command(
        'ask',
        ({ options, locale, mention }) => {
          runs.push(String(options.text));
          return { content: `run ${runs.length}: ${String(options.text)} (${locale ?? 'en'}) ${mention('ask')}` };
        },
        extra,
      );
      return { counted, runs };
    }
    const ask = (text: string, more: { locale?: string; user?: typeof user } = {}) =>
      ({
        kind: 'command',
        commandName: 'ask',
        options: { text },
        user: more.user ?? user,
        guildId: null,
        locale: more.locale,
      }) as const;

    it('answers the same options and locale again with the same reply, and still logs every call', async () => {
      const { counted, runs } = counting();
      const { handle, logs } = handlerWith([counted]);
      const first = await handle(ask('is xen dead?'));
      const again = await handle(ask('is xen dead?', { user: { id: '2', username: 'v' } }));
      expect(again).toEqual(first);
      expect(runs).toEqual(['is xen dead?']);
      await handle(ask('is kvm faster?'));
      await handle(ask('is xen dead?', { locale: 'de' }));
      expect(runs).toEqual(['is xen dead?', 'is kvm faster?', 'is xen dead?']);
      const lines = logs.filter((line) => line.msg === 'interaction' && line.outcome === 'ok');
      expect(lines.map((line) => line.kept === true)).toEqual([false, true, false, false]);
    });

    it('runs a command every time unless it says its reply depends on its options only', async () => {
      const { counted, runs } = counting({});
      const { handle } = handlerWith([counted]);
      await handle(ask('is xen dead?'));
      await handle(ask('is xen dead?'));
      expect(runs).toHaveLength(2);
    });

    it('never keeps a user error, and still applies the cooldown to a call it could answer from memory', async () => {
      let fail = true;
      const flaky = command(
        'ask',
        () => {
          if (fail) throw new UserError('error.question-and-section');
          return { content: 'answered' };
        },
        { replyDependsOnOptionsOnly: () => true, usesCooldown: () => true },
      );
      const { handle } = handlerWith([flaky], { cooldown: createCooldown(60_000) });
      expect(await handle(ask('q'))).toMatchObject({ message: { flags: 64 } });
      fail = false;
      expect(await handle(ask('q', { user: { id: '2', username: 'v' } }))).toMatchObject({ message: { content: 'answered' } });
      // User 2 asked a moment ago: the kept answer is not a way round the cooldown.
      const slowed = await handle(ask('q', { user: { id: '2', username: 'v' } }));
      expect(slowed).toMatchObject({ message: { flags: 64, content: expect.stringContaining('Slow down') } });
      expect(await handle(ask('q', { user: { id: '3', username: 'w' } }))).toMatchObject({ message: { content: 'answered' } });
    });

    it('forgets the oldest reply past its size, and every reply once the command ids are learned', async () => {
      const { counted, runs } = counting();
      const commandDirectory = createCommandDirectory();
      const { handle } = handlerWith([counted], { replyCacheSize: 2, commandDirectory });
      for (const text of ['a', 'b', 'c', 'a']) await handle(ask(text));
      expect(runs).toEqual(['a', 'b', 'c', 'a']);
      await handle(ask('a'));
      expect(runs).toHaveLength(4);
      commandDirectory.record([{ name: 'ask', id: '42' }]);
      const named = await handle(ask('a'));
      expect(runs).toHaveLength(5);
      expect(named).toMatchObject({ message: { content: 'run 5: a (en) </ask:42>' } });
    });

    it('hands out a kept reply frozen, so no caller can change what the next one gets', async () => {
      const { counted } = counting();
      const { handle } = handlerWith([counted]);
      const reply = await handle(ask('x'));
      expect(reply.type === 'message' && Object.isFrozen(reply.message)).toBe(true);
    });
  });
});
