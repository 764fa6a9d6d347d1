import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringOption } from '../../emulator/index.js';
import { type BotUnderTest, startBotWithEmulator } from './harness.js';

let run: BotUnderTest;
beforeAll(async () => {
  run = await startBotWithEmulator({});
});
afterAll(() => run.stop());

describe("gateway: replies in the interaction's locale", () => {
  it('answers a French reader with French labels and the quotes as published', async () => {
    const interaction = run.emulator.dispatchInteraction({
      kind: 'command',
      name: 'quote',
      options: [stringOption('source', 'gartner')],
      locale: 'fr',
    });
    const request = await run.emulator.callbackOf(interaction);
    const body = request.body as { data: { embeds: { title: string; fields: { value: string }[] }[] } };
    expect(body.data.embeds[0]?.title).toBe('Ce qu’a dit Gartner');
    expect(body.data.embeds[0]?.fields[1]?.value).toContain('final nail in the coffin of Xen');
  });

  it('suggests questions while one is typed, through the real client', async () => {
    const interaction = run.emulator.dispatchInteraction({
      kind: 'autocomplete',
      name: 'xen-news',
      options: [stringOption('question', 'who is warr', true)],
    });
    const request = await run.emulator.callbackOf(interaction);
    const body = request.body as { type: number; data: { choices: { name: string }[] } };
    expect(body.type).toBe(8);
    expect(body.data.choices[0]?.name).toBe('Who is Michael Warrilow?');
  });
});
