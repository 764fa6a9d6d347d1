import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringOption } from '../../emulator/index.js';
import { type BotUnderTest, startBotWithEmulator } from './harness.js';

let run: BotUnderTest;
beforeAll(async () => {
  run = await startBotWithEmulator({});
});
afterAll(() => run.stop());

describe('gateway: a question the story answers only in part', () => {
  it('replies through the real client with what is missing and what the story does say', async () => {
    const interaction = run.emulator.dispatchInteraction({
      kind: 'command',
      name: 'xen-news',
      options: [stringOption('question', 'who is the author of this article?')],
    });
    const request = await run.emulator.callbackOf(interaction);
    const body = request.body as { type: number; data: { embeds?: { title?: string; description?: string }[] } };
    expect(body.type).toBe(4);
    expect(body.data.embeds?.[0]?.title).toBe('Only partly in the story');
    expect(body.data.embeds?.[0]?.description).toMatch(/no byline/);
  });
});
