import { MessageFlags } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { createCooldown } from '../../src/core/cooldown.js';
import { createInteractionHandler } from '../../src/core/dispatch.js';
import { createLogger } from '../../src/log.js';
import { commands } from '../helpers/commands.js';

const handle = createInteractionHandler(commands, createLogger({ level: 'silent' }), { cooldown: createCooldown(60_000) });
const ask = (userId: string, options: Record<string, string>) =>
  handle({ kind: 'command', commandName: 'xen-news', options, user: { id: userId, username: 'u' }, guildId: '1' });

describe('the question cooldown on /xen-news', () => {
  it('answers a second question from the same user within the cooldown with an ephemeral "slow down"', async () => {
    const first = await ask('7', { question: 'who is michael warrilow?' });
    expect(first.type === 'message' && first.message.flags).toBeFalsy();
    const second = await ask('7', { question: 'what did citrix say?' });
    expect(second).toMatchObject({ type: 'message', message: { flags: MessageFlags.Ephemeral } });
    expect(second.type === 'message' && second.message.content).toMatch(/^Slow down: you can ask again in \d+ s\.$/);
  });

  it('does not count a blank question (spaces, zero-width characters), which is answered as empty', async () => {
    for (const blank of ['   ', '\u200b\u200b', '\u202e ']) {
      const reply = await ask('10', { question: blank });
      expect(reply.type === 'message' && reply.message.content).toMatch(/^Your question is empty/);
    }
    const real = await ask('10', { question: 'who is michael warrilow?' });
    expect(real.type === 'message' && real.message.flags).toBeFalsy();
  });

  it('does not limit other users, or reading sections', async () => {
    await ask('8', { question: 'who is michael warrilow?' });
    const otherUser = await ask('9', { question: 'who is michael warrilow?' });
    expect(otherUser.type === 'message' && otherUser.message.flags).toBeFalsy();
    const section = await ask('8', { section: 'timeline' });
    expect(section.type === 'message' && section.message.flags).toBeFalsy();
  });
});
