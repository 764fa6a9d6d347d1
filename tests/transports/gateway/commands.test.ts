import { MessageFlags } from 'discord-api-types/v10';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnyCommand } from '../../../src/core/command.js';
import type { ReplyMessage } from '../../../src/core/interaction.js';
import { warmImages } from '../../../src/images/files.js';
import { sections } from '../../../src/render/sections.js';
import { getStory } from '../../../src/story/load.js';
import { type InteractionSpec, interactionPayload, type RecordedRequest, stringOption } from '../../emulator/index.js';
import { expected, visible } from '../../helpers/wire.js';
import { type BotUnderTest, startBotWithEmulator } from './harness.js';

interface CallbackBody {
  type: number;
  data: ReplyMessage & { choices?: unknown[]; allowed_mentions?: unknown };
}

const user = { id: '1300000000000000001', username: 'tester' };

const attachmentCommand: AnyCommand = {
  data: {
    name: 'attach-test',
    toJSON: () => ({ name: 'attach-test', description: 'Replies with a file' }),
  },
  execute: () => ({
    content: 'with a file',
    files: [
      { name: 'card.png', contentType: 'image/png', description: 'A card', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) },
    ],
  }),
};

let run: BotUnderTest;
beforeAll(async () => {
  // As `npm start` does before serving: on a loaded machine a cold picture can outlast the 2 s defer threshold.
  await warmImages(getStory());
  run = await startBotWithEmulator({ extraCommands: [attachmentCommand] });
});
afterAll(() => run.stop());

async function callback(spec: InteractionSpec): Promise<{ request: RecordedRequest; body: CallbackBody }> {
  const interaction = run.emulator.dispatchInteraction(spec);
  const request = await run.emulator.callbackOf(interaction);
  return { request, body: request.body as CallbackBody };
}

describe('the gateway transport answers every command through the real client', () => {
  it('/quote gartner: a public message with the attributed quotes, pinging no one', async () => {
    const { body } = await callback({ kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')] });
    expect(body.type).toBe(4);
    expect(body.data.embeds?.[0]?.title).toBe('What Gartner said');
    expect(body.data.allowed_mentions).toEqual({ parse: [] });
    expect(visible(body.data)).toEqual(
      visible(await expected({ kind: 'command', commandName: 'quote', options: { source: 'gartner' }, user, guildId: '1' })),
    );
  });

  it('/xen-news: the summary with buttons for the other sections', async () => {
    const { body } = await callback({ kind: 'command', name: 'xen-news' });
    expect(body.type).toBe(4);
    expect(body.data.components?.length).toBeGreaterThan(0);
    expect(visible(body.data)).toEqual(
      visible(await expected({ kind: 'command', commandName: 'xen-news', options: {}, user, guildId: '1' })),
    );
  });

  it('/xen-news question:…: the answer from the story', async () => {
    const question = 'who is michael warrilow?';
    const { body } = await callback({ kind: 'command', name: 'xen-news', options: [stringOption('question', question)] });
    expect(body.type).toBe(4);
    expect(visible(body.data)).toEqual(
      visible(await expected({ kind: 'command', commandName: 'xen-news', options: { question }, user, guildId: '1' })),
    );
    const line = run.logs.findLast((log) => log.msg === 'interaction' && log.command === 'xen-news');
    expect(line).toMatchObject({ kind: 'command', options: ['question'], outcome: 'ok' });
    expect(JSON.stringify(run.logs)).not.toContain('warrilow?');
  });

  it.each(sections)('/xen-news section:%s', async (section) => {
    const { body } = await callback({ kind: 'command', name: 'xen-news', options: [stringOption('section', section)] });
    expect(body.type).toBe(4);
    expect(body.data.embeds?.length).toBeGreaterThan(0);
    expect(visible(body.data)).toEqual(
      visible(await expected({ kind: 'command', commandName: 'xen-news', options: { section }, user, guildId: '1' })),
    );
  });

  it('autocomplete for /quote: at most 25 choices, never deferred', async () => {
    const { request, body } = await callback({
      kind: 'autocomplete',
      name: 'quote',
      options: [stringOption('source', 'gar', true)],
    });
    expect(body.type).toBe(8);
    expect(body.data.choices).toContainEqual({ name: 'Gartner', value: 'gartner' });
    expect(body.data.choices?.length).toBeLessThanOrEqual(25);
    expect(request.query).toEqual({});
  });

  it('a button on the public summary opens a section privately (new ephemeral message)', async () => {
    const { body } = await callback({ kind: 'button', customId: 'xen-news:open:timeline' });
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.embeds?.[0]?.title).toBe('Timeline');
  });

  it('a button on a private section switches it in place, replacing every field', async () => {
    const { body } = await callback({ kind: 'button', customId: 'xen-news:show:people' });
    expect(body.type).toBe(7);
    // An update keeps omitted fields; the previous section's content must not survive.
    expect(body.data.content).toBe('');
    expect(body.data.embeds?.length).toBeGreaterThan(0);
  });

  it('a button from an older version gets an ephemeral explanation', async () => {
    const { body } = await callback({ kind: 'button', customId: 'xen-news:open:no-such-section' });
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
    expect(body.data.content).toMatch(/older version/);
  });

  it('an unknown command gets an ephemeral hint, not silence', async () => {
    const { body } = await callback({ kind: 'command', name: 'no-such-command' });
    expect(body.type).toBe(4);
    expect(body.data.flags).toBe(MessageFlags.Ephemeral);
  });

  it('files travel as attachments in a multipart callback', async () => {
    const { request, body } = await callback({ kind: 'command', name: 'attach-test' });
    expect(body.type).toBe(4);
    expect(request.files).toEqual(['card.png']);
    expect(body.data.attachments).toEqual([{ id: 0, filename: 'card.png', description: 'A card' }]);
  });

  it('sends the story card with the summary and the timeline image with the timeline, with alt text', async () => {
    for (const [section, file] of [
      ['summary', 'story-card.png'],
      ['timeline', 'timeline.png'],
    ] as const) {
      const { request, body } = await callback({
        kind: 'command',
        name: 'xen-news',
        options: [stringOption('section', section)],
      });
      expect(request.files).toEqual([file]);
      expect(body.data.attachments).toEqual([
        { id: 0, filename: file, description: expect.stringMatching(/^(Story card|Timeline of the story)/) },
      ]);
      expect(JSON.stringify(body.data.embeds)).toContain(`attachment://${file}`);
    }
  });

  it('leaves an interaction of a kind it never creates (a modal submit) unanswered, with a warning', async () => {
    const modal = {
      ...interactionPayload({ kind: 'command', name: 'quote' }, run.emulator),
      type: 5,
      data: { custom_id: 'someone-else:modal', components: [] },
    };
    run.emulator.gateway.dispatch('INTERACTION_CREATE', modal);
    await callback({ kind: 'command', name: 'quote', options: [stringOption('source', 'gartner')] });
    expect(run.emulator.rest.requests.filter((request) => request.route.includes(modal.token))).toEqual([]);
    expect(run.logs).toContainEqual(
      expect.objectContaining({ level: 40, msg: 'ignored an interaction this bot does not answer' }),
    );
  });

  it('identified with only the Guilds intent and answered each interaction exactly once', () => {
    expect(run.emulator.gateway.identifies.map((identify) => identify.intents)).toEqual([1]);
    const callbacks = run.emulator.rest.requests.filter((request) => request.route.endsWith('/callback'));
    const perInteraction = new Map<string, number>();
    for (const request of callbacks) perInteraction.set(request.route, (perInteraction.get(request.route) ?? 0) + 1);
    expect([...perInteraction.values()].every((count) => count === 1)).toBe(true);
  });
});
