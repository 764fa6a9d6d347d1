import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { InteractionResponse, RawOptions } from '../../src/core/interaction.js';
import { findLimitViolations } from '../../src/core/limits.js';
import { listButtons } from '../../src/transports/console/render-terminal.js';
import { commands } from '../helpers/commands.js';
import { handle, user } from '../helpers/handler.js';

/** Option sets that reach every branch: each choice alone and with every other option's choices, each autocomplete value. */
async function optionSets(name: string): Promise<RawOptions[]> {
  const definition = commands.find((c) => c.data.name === name)?.data.toJSON();
  const sets: RawOptions[] = [{}];
  for (const option of definition?.options ?? []) {
    if (option.type !== ApplicationCommandOptionType.String) continue;
    const values: string[] = [];
    if (option.choices) values.push(...option.choices.map((c) => String(c.value)));
    if (option.autocomplete) {
      const response = await handle({
        kind: 'autocomplete',
        commandName: name,
        options: { [option.name]: '' },
        focused: option.name,
        user,
        guildId: null,
      });
      if (response.type === 'choices') values.push(...response.choices.map((c) => String(c.value)));
    }
    values.push('', ' ', 'x'.repeat(option.max_length ?? 100), 'who is warrilow', '@everyone <@1> <@&2> ```code```');
    for (const value of values) {
      sets.push({ [option.name]: value });
      for (const other of sets.slice(1, 40)) if (!(option.name in other)) sets.push({ ...other, [option.name]: value });
    }
  }
  return sets;
}

function buttonIds(response: InteractionResponse): string[] {
  if (response.type === 'choices') return [];
  return listButtons(response.message).flatMap((button) => (button.customId ? [button.customId] : []));
}

describe('every reply every command can produce', () => {
  it.each(commands.map((c) => [c.data.name]))('/%s stays within Discord’s limits and pings nobody', async (name) => {
    const pressed = new Set<string>();
    const queue: InteractionResponse[] = [];
    const sets = await optionSets(name);
    expect(sets.length).toBeGreaterThan(5);
    for (const options of sets) {
      const response = await handle({ kind: 'command', commandName: name, options, user, guildId: '1' });
      queue.push(response);
    }
    while (queue.length > 0) {
      const response = queue.shift() as InteractionResponse;
      if (response.type === 'choices') continue;
      expect(findLimitViolations(response.message), JSON.stringify(response.message).slice(0, 300)).toEqual([]);
      for (const id of buttonIds(response)) {
        if (pressed.has(id)) continue;
        pressed.add(id);
        queue.push(await handle({ kind: 'button', customId: id, user, guildId: '1' }));
      }
    }
  });
});
