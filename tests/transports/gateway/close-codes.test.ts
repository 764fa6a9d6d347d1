import { describe, expect, it } from 'vitest';
import { exitCodes } from '../../../src/exit.js';
import { explainUnrecoverableClose, unrecoverableCloseError } from '../../../src/transports/gateway/close-codes.js';

describe('a gateway closed for good', () => {
  it('is explained in one line that names the close code', () => {
    for (const code of [4004, 4010, 4011, 4012, 4013, 4014]) {
      const line = explainUnrecoverableClose(code);
      expect(line).toMatch(new RegExp(`^Discord closed the gateway for good \\(close code ${code}\\): \\S`));
      expect(line).not.toContain('\n');
    }
  });

  it('says something true of a code discord.js gave up on that the table does not know', () => {
    expect(explainUnrecoverableClose(4999)).toBe(
      'Discord closed the gateway for good (close code 4999): discord.js will not reconnect after it',
    );
  });

  it('fails the start-up with exit code 78', () => {
    const error = unrecoverableCloseError(4004);
    expect(error.exitCode).toBe(exitCodes.closedForGood);
    expect(error.exitCode).toBe(78);
    expect(error.message).toMatch(/set a new DISCORD_TOKEN/);
  });
});
