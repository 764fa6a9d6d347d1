import { expect, it } from 'vitest';
import { startBotWithEmulator } from './harness.js';

it('says it is connected only once a SIGTERM would drain it, not kill it', async ({ onTestFinished }) => {
  const handlersBefore = process.listenerCount('SIGTERM');
  const handlersWhenAnnounced: number[] = [];
  const run = await startBotWithEmulator({
    onLogLine: (line) => {
      if (line.msg === 'connected to Discord') handlersWhenAnnounced.push(process.listenerCount('SIGTERM'));
    },
  });
  onTestFinished(() => run.stop());
  expect(handlersWhenAnnounced).toEqual([handlersBefore + 1]);
});
