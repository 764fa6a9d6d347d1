import { REST } from '@discordjs/rest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCommandDirectory } from '../../src/core/command-directory.js';
import { learnCommandIds, startLearningCommandIds } from '../../src/transports/learn-command-ids.js';
import { type DiscordEmulator, startDiscordEmulator } from '../emulator/index.js';
import { capturingLogger } from '../helpers/logger.js';

let emulator: DiscordEmulator;
beforeEach(async () => {
  emulator = await startDiscordEmulator();
});
afterEach(() => emulator.stop());

function setUp() {
  const { logger, lines } = capturingLogger('debug');
  const directory = createCommandDirectory();
  return {
    lines,
    directory,
    options: {
      rest: new REST({ api: emulator.apiUrl }).setToken(emulator.token),
      applicationId: emulator.applicationId,
      commandNames: ['xen-news', 'quote'],
      directory,
      logger,
    },
  };
}

describe('learning the command ids', () => {
  it('takes the chat-input command of a name, not a context-menu command of the same name', async () => {
    emulator.rest.commands.set(`/applications/${emulator.applicationId}/commands`, [
      { id: '1400000000000000003', name: 'xen-news', type: 3 },
      { id: '1400000000000000001', name: 'xen-news', type: 1 },
      { id: '1400000000000000002', name: 'quote' },
    ]);
    const { options, directory } = setUp();
    await learnCommandIds(options);
    expect(directory.mention('xen-news')).toBe('</xen-news:1400000000000000001>');
    expect(directory.mention('quote')).toBe('</quote:1400000000000000002>');
  });

  it('names the commands Discord has no registration for, which stay plain text', async () => {
    emulator.rest.commands.set(`/applications/${emulator.applicationId}/commands`, [
      { id: '1400000000000000001', name: 'xen-news', type: 1 },
    ]);
    const { options, directory, lines } = setUp();
    await learnCommandIds(options);
    expect(directory.mention('quote')).toBe('`/quote`');
    expect(lines.filter((line) => line.level === 40)).toEqual([
      expect.objectContaining({ scope: 'global', unregistered: ['quote'] }),
    ]);
  });

  it('drops a call still pending when the transport stops, without a warning', async () => {
    const held = emulator.rest.hold(/\/commands$/, 'GET');
    const { options, directory, lines } = setUp();
    const learning = startLearningCommandIds(options);
    await held.received;
    await learning.stop();
    held.release();
    expect(directory.mention('xen-news')).toBe('`/xen-news`');
    expect(lines.filter((line) => (line.level as number) >= 40)).toEqual([]);
    expect(lines.at(-1)).toMatchObject({ level: 20, msg: 'stopped before learning the command ids' });
  });
});
