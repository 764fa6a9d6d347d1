import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { RawOptions } from '../../src/core/interaction.js';
import { findLimitViolations } from '../../src/core/limits.js';
import { commands } from '../helpers/commands.js';
import { handle, user } from '../helpers/handler.js';

/** Text people actually paste: markdown, mentions, links, zero-width and control characters, RTL, emoji, lone surrogates. */
const nastyText = fc.oneof(
  fc.string({ maxLength: 220, unit: 'grapheme' }),
  fc.string({ maxLength: 220, unit: 'binary' }),
  fc.constantFrom(
    '',
    ' ',
    '\t\n',
    '@everyone',
    '@here',
    '<@123456789012345678>',
    '<@&123>',
    '<#1>',
    '```js\nboom```',
    '**bold** __u__ ~~s~~ ||spoiler||',
    'https://evil.example/x',
    '\u200b\u200b',
    '\u202eevil',
    'مرحبا بالعالم',
    '👨‍👩‍👧‍👦'.repeat(30),
    '\ud800',
    '\udfff lone',
    '\u0000\u0007\u001b[31m',
    'x'.repeat(6000),
  ),
);

const interaction = fc.constantFrom(...commands).chain((command) => {
  const options = (command.data.toJSON().options ?? []).filter((o) => o.type === ApplicationCommandOptionType.String);
  const value = (o: (typeof options)[number]) =>
    'choices' in o && o.choices ? fc.oneof(fc.constantFrom(...o.choices.map((c) => String(c.value))), nastyText) : nastyText;
  const record: Record<string, fc.Arbitrary<string>> = Object.fromEntries(options.map((o) => [o.name, value(o)]));
  return fc.record({
    name: fc.constant(command.data.name),
    options: fc.record(record, { requiredKeys: [] }) as fc.Arbitrary<RawOptions>,
    focused: fc.constantFrom(...options.map((o) => o.name), 'nope'),
  });
});

describe('every handler, driven with generated interactions', () => {
  it('returns one well-formed reply within Discord’s limits that pings nobody, and never throws', async () => {
    await fc.assert(
      fc.asyncProperty(interaction, async ({ name, options }) => {
        const response = await handle({ kind: 'command', commandName: name, options, user, guildId: '1' });
        expect(response.type).toBe('message');
        if (response.type === 'choices') return;
        expect(findLimitViolations(response.message)).toEqual([]);
        expect(JSON.stringify(response.message)).not.toMatch(/at \S+\.ts:\d+/);
      }),
      { numRuns: 300 },
    );
  });

  it('answers autocomplete with at most 25 valid choices for any typed text', async () => {
    await fc.assert(
      fc.asyncProperty(interaction, async ({ name, options, focused }) => {
        const response = await handle({ kind: 'autocomplete', commandName: name, options, focused, user, guildId: '1' });
        expect(response.type).toBe('choices');
        if (response.type !== 'choices') return;
        expect(response.choices.length).toBeLessThanOrEqual(25);
        for (const choice of response.choices) {
          expect(choice.name.length).toBeGreaterThan(0);
          expect(choice.name.length).toBeLessThanOrEqual(100);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('answers any custom_id, including forged ones, with a reply and no exception', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(nastyText, fc.constantFrom('xen-news:open:', 'xen-news::', ':', 'quote:x')), async (customId) => {
        const response = await handle({ kind: 'button', customId, user, guildId: '1' });
        expect(response.type === 'message' || response.type === 'update').toBe(true);
        if (response.type !== 'choices') expect(findLimitViolations(response.message)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
