import { InteractionResponseType, MessageFlags, RESTJSONErrorCodes } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { Abandoned, DeadlinePassed } from '../../src/core/deadline.js';
import type { InteractionRequest, InteractionResponse, ReplyFile } from '../../src/core/interaction.js';
import { answerInteraction, answerWhileStopping, type Responder } from '../../src/core/reply-policy.js';
import { capturingLogger } from '../helpers/logger.js';

const user = { id: '42', username: 'tester' };
const command: InteractionRequest = { kind: 'command', commandName: 'quote', options: {}, user, guildId: null };
const button: InteractionRequest = { kind: 'button', customId: 'xen-news:show:people', user, guildId: null };
const autocomplete: InteractionRequest = {
  kind: 'autocomplete',
  commandName: 'quote',
  options: { source: 'gar' },
  focused: 'source',
  user,
  guildId: null,
};
const file: ReplyFile = { name: 'card.png', contentType: 'image/png', description: 'A card', data: new Uint8Array([1]) };

/** A Discord error as the REST client throws it: a status and Discord's JSON error code. */
function discordError(status: number, code: number): Error {
  return Object.assign(new Error('refused'), { status, code });
}

/** A responder that records each call, in order, and fails the calls it is told to. */
function recordingResponder(failures: Partial<Record<keyof Responder, Error[]>> = {}) {
  const calls: { call: keyof Responder; body?: unknown; files?: string[] }[] = [];
  const record =
    (call: keyof Responder) =>
    async (body?: unknown, files?: readonly ReplyFile[]): Promise<void> => {
      calls.push({ call, ...(body === undefined ? {} : { body }), ...(files ? { files: files.map((f) => f.name) } : {}) });
      const failure = failures[call]?.shift();
      if (failure) throw failure;
    };
  const responder: Responder = {
    callback: record('callback'),
    editOriginal: record('editOriginal'),
    followUp: record('followUp'),
    deleteOriginal: record('deleteOriginal'),
  };
  return { responder, calls };
}

/** The data of a recorded callback body, for the calls whose body is a message. */
function dataOf(call: { body?: unknown } | undefined): { content?: string; flags?: number } {
  return (call?.body as { data?: { content?: string; flags?: number } } | undefined)?.data ?? {};
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const deferAfterMs = 30;
const resolvesAfter = <T>(ms: number, value: T) => wait(ms).then(() => value);
const message = (content: string, flags?: number): InteractionResponse => ({
  type: 'message',
  message: { content, ...(flags === undefined ? {} : { flags }) },
});

async function answer(request: InteractionRequest, pending: Promise<InteractionResponse>, responder: Responder) {
  const { logger, lines } = capturingLogger('debug');
  await answerInteraction({ id: '7', request }, pending, responder, { logger, deferAfterMs });
  return lines;
}

describe('an answer ready within the deadline is the one callback', () => {
  it('sends a new message (type 4) with its files described and attached', async () => {
    const { responder, calls } = recordingResponder();
    await answer(command, Promise.resolve({ type: 'message', message: { content: 'hi', files: [file] } }), responder);
    expect(calls).toEqual([
      {
        call: 'callback',
        body: {
          type: InteractionResponseType.ChannelMessageWithSource,
          data: { content: 'hi', attachments: [{ id: 0, filename: 'card.png', description: 'A card' }] },
        },
        files: ['card.png'],
      },
    ]);
  });

  it('updates the message a button sits on (type 7), emptying every field the update lacks', async () => {
    const { responder, calls } = recordingResponder();
    await answer(button, Promise.resolve({ type: 'update', message: { embeds: [{ title: 'People' }] } }), responder);
    expect(calls).toEqual([
      {
        call: 'callback',
        body: {
          type: InteractionResponseType.UpdateMessage,
          data: { content: '', embeds: [{ title: 'People' }], components: [], attachments: [] },
        },
      },
    ]);
  });

  it('never updates in answer to a command: an update from a command handler is a new message', async () => {
    const { responder, calls } = recordingResponder();
    await answer(command, Promise.resolve({ type: 'update', message: { content: 'x' } }), responder);
    expect(calls.map((c) => (c.body as { type: number }).type)).toEqual([InteractionResponseType.ChannelMessageWithSource]);
  });

  it('sends autocomplete choices (type 8), at most 25', async () => {
    const { responder, calls } = recordingResponder();
    const choices = Array.from({ length: 30 }, (_, i) => ({ name: `n${i}`, value: `v${i}` }));
    await answer(autocomplete, Promise.resolve({ type: 'choices', choices }), responder);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: choices.slice(0, 25) },
    });
  });
});

describe('an answer later than the deadline', () => {
  it('defers a command (type 5), then edits the deferred reply with every field set', async () => {
    const { responder, calls } = recordingResponder();
    const lines = await answer(command, resolvesAfter(3 * deferAfterMs, message('late')), responder);
    expect(calls).toEqual([
      { call: 'callback', body: { type: InteractionResponseType.DeferredChannelMessageWithSource } },
      { call: 'editOriginal', body: { content: 'late', embeds: [], components: [], attachments: [] } },
    ]);
    expect(lines.find((line) => line.msg === 'deferred a slow interaction')?.interaction).toBe('7');
  });

  it('keeps a private answer private: deletes the public deferral and follows up ephemerally', async () => {
    const { responder, calls } = recordingResponder();
    await answer(command, resolvesAfter(3 * deferAfterMs, message('only you', MessageFlags.Ephemeral)), responder);
    expect(calls).toEqual([
      { call: 'callback', body: { type: InteractionResponseType.DeferredChannelMessageWithSource } },
      { call: 'deleteOriginal' },
      { call: 'followUp', body: { content: 'only you', flags: MessageFlags.Ephemeral } },
    ]);
  });

  it('defers a button as an update (type 6), then edits the message it sits on', async () => {
    const { responder, calls } = recordingResponder();
    await answer(button, resolvesAfter(3 * deferAfterMs, { type: 'update', message: { content: 'switched' } }), responder);
    expect(calls.map((c) => c.call)).toEqual(['callback', 'editOriginal']);
    expect(calls[0]?.body).toEqual({ type: InteractionResponseType.DeferredMessageUpdate });
  });

  it("sends a slow button's new message as a follow-up, leaving the message it sits on alone", async () => {
    const { responder, calls } = recordingResponder();
    await answer(button, resolvesAfter(3 * deferAfterMs, message('new one')), responder);
    expect(calls.map((c) => c.call)).toEqual(['callback', 'followUp']);
    expect(calls[1]?.body).toEqual({ content: 'new one' });
  });

  it('tells the onDeferred hook the kind of each interaction it defers, and nothing of those it answers in time', async () => {
    const { logger } = capturingLogger('debug');
    const deferred: string[] = [];
    const policy = { logger, deferAfterMs, onDeferred: (kind: string) => deferred.push(kind) };
    const slowUpdate: InteractionResponse = { type: 'update', message: { content: 'switched' } };
    await answerInteraction(
      { id: '1', request: command },
      resolvesAfter(3 * deferAfterMs, message('late')),
      recordingResponder().responder,
      policy,
    );
    await answerInteraction(
      { id: '2', request: button },
      resolvesAfter(3 * deferAfterMs, slowUpdate),
      recordingResponder().responder,
      policy,
    );
    await answerInteraction(
      { id: '3', request: command },
      Promise.resolve(message('quick')),
      recordingResponder().responder,
      policy,
    );
    await answerInteraction(
      { id: '4', request: autocomplete },
      resolvesAfter(3 * deferAfterMs, { type: 'choices', choices: [] }),
      recordingResponder().responder,
      policy,
    );
    expect(deferred).toEqual(['command', 'button']);
  });

  it('never defers autocomplete: a slow one gets an empty list at the deadline', async () => {
    const { responder, calls } = recordingResponder();
    const lines = await answer(autocomplete, resolvesAfter(3 * deferAfterMs, { type: 'choices', choices: [] }), responder);
    expect(calls).toEqual([
      { call: 'callback', body: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } } },
    ]);
    expect(lines.find((line) => line.level === 40)?.msg).toBe('autocomplete too slow; sent no choices');
  });
});

describe('failures are logged with a reference id and apologised for where Discord still listens', () => {
  it('a handler that rejects gets an ephemeral apology carrying the logged reference', async () => {
    const { responder, calls } = recordingResponder();
    const lines = await answer(command, Promise.reject(new Error('bug')), responder);
    const logged = lines.find((line) => line.msg === 'could not answer an interaction');
    expect(logged).toMatchObject({ level: 50, interaction: '7', error: { message: 'bug' } });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.body).toMatchObject({ type: InteractionResponseType.ChannelMessageWithSource });
    expect(dataOf(calls[0]).flags).toBe(MessageFlags.Ephemeral);
    expect(dataOf(calls[0]).content).toContain(`\`${String(logged?.ref)}\``);
  });

  it('a failed callback is retried as an apology callback, since nothing was acknowledged', async () => {
    const { responder, calls } = recordingResponder({ callback: [discordError(500, 0)] });
    await answer(command, Promise.resolve(message('hi')), responder);
    expect(calls.map((c) => c.call)).toEqual(['callback', 'callback']);
    expect(dataOf(calls[1]).flags).toBe(MessageFlags.Ephemeral);
  });

  it('a failure after the deferral is apologised for with a follow-up, never a second callback', async () => {
    const { responder, calls } = recordingResponder({ editOriginal: [discordError(500, 0)] });
    const lines = await answer(command, resolvesAfter(3 * deferAfterMs, message('late')), responder);
    expect(calls.map((c) => c.call)).toEqual(['callback', 'editOriginal', 'followUp']);
    expect(lines.some((line) => line.msg === 'could not complete a deferred interaction')).toBe(true);
  });

  it.each([
    ['Unknown interaction', RESTJSONErrorCodes.UnknownInteraction],
    ['already acknowledged', RESTJSONErrorCodes.InteractionHasAlreadyBeenAcknowledged],
    ['Unknown webhook', RESTJSONErrorCodes.UnknownWebhook],
  ])('does not apologise to an interaction Discord no longer accepts (%s)', async (_, code) => {
    const { responder, calls } = recordingResponder({ callback: [discordError(404, code)] });
    const lines = await answer(command, Promise.resolve(message('hi')), responder);
    expect(calls).toHaveLength(1);
    expect(lines.filter((line) => line.level === 50)).toHaveLength(1);
  });

  it('autocomplete that fails gets an empty list, never a message', async () => {
    const { responder, calls } = recordingResponder();
    await answer(autocomplete, Promise.reject(new Error('bug')), responder);
    expect(calls).toEqual([
      { call: 'callback', body: { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: [] } } },
    ]);
  });

  it('choices in answer to a command are a failure, apologised for', async () => {
    const { responder, calls } = recordingResponder();
    const lines = await answer(command, Promise.resolve({ type: 'choices', choices: [] }), responder);
    expect(lines.find((line) => line.level === 50)?.error).toMatchObject({ message: expect.stringContaining('choices') });
    expect(dataOf(calls[0]).flags).toBe(MessageFlags.Ephemeral);
  });

  it('logs, without throwing, when the apology fails too', async () => {
    const { responder } = recordingResponder({ callback: [discordError(500, 0), discordError(500, 0)] });
    const lines = await answer(command, Promise.resolve(message('hi')), responder);
    expect(lines.map((line) => line.msg)).toEqual(['could not answer an interaction', 'could not tell the user either']);
  });
});

describe('deadlines', () => {
  it('a callback past its 3-second window is logged, and neither retried nor apologised for', async () => {
    const { responder, calls } = recordingResponder({ callback: [new DeadlinePassed('the interaction callback', true)] });
    const lines = await answer(command, Promise.resolve(message('hi')), responder);
    expect(calls.map((c) => c.call)).toEqual(['callback']);
    expect(lines.find((line) => line.msg === 'could not answer an interaction')).toMatchObject({
      level: 50,
      error: { name: 'DeadlinePassed' },
    });
  });

  it('a deferral whose answer came too late is completed anyway, in case Discord took it', async () => {
    const { responder, calls } = recordingResponder({ callback: [new DeadlinePassed('the interaction callback', true)] });
    const lines = await answer(command, resolvesAfter(deferAfterMs * 3, message('late')), responder);
    expect(calls.map((c) => c.call)).toEqual(['callback', 'editOriginal']);
    expect(lines.filter((line) => (line.level as number) >= 50)).toEqual([]);
  });

  it('a deferral never sent (its window had passed) is not completed', async () => {
    const { responder, calls } = recordingResponder({ callback: [new DeadlinePassed('the interaction callback', false)] });
    await answer(command, resolvesAfter(deferAfterMs * 3, message('late')), responder);
    expect(calls.map((c) => c.call)).toEqual(['callback']);
  });

  it('a call abandoned at the shutdown deadline is no error line and gets no apology', async () => {
    const { responder, calls } = recordingResponder({ editOriginal: [new Abandoned()] });
    const lines = await answer(command, resolvesAfter(deferAfterMs * 3, message('late')), responder);
    expect(calls.map((c) => c.call)).toEqual(['callback', 'editOriginal']);
    expect(lines.filter((line) => (line.level as number) >= 40)).toEqual([]);
  });
});

describe('while stopping', () => {
  it('tells a command to try again, privately, and gives autocomplete an empty list', async () => {
    const { logger } = capturingLogger();
    const { responder, calls } = recordingResponder();
    await answerWhileStopping({ id: '1', request: command }, responder, logger);
    await answerWhileStopping({ id: '2', request: autocomplete }, responder, logger);
    expect(calls.map((c) => (c.body as { type: number }).type)).toEqual([
      InteractionResponseType.ChannelMessageWithSource,
      InteractionResponseType.ApplicationCommandAutocompleteResult,
    ]);
    expect(dataOf(calls[0])).toMatchObject({
      content: expect.stringContaining('restarting'),
      flags: MessageFlags.Ephemeral,
    });
  });
});
