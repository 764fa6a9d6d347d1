import { describe, expect, it } from 'vitest';
import { newReferenceId } from '../src/log.js';
import { capturingLogger } from './helpers/logger.js';

describe('the logger', () => {
  it('redacts a token wherever a config, an env or an error would carry it', () => {
    const { logger, lines } = capturingLogger();
    logger.info({ token: 'secret-1' }, 'bare');
    logger.info({ env: { DISCORD_TOKEN: 'secret-2' }, config: { token: 'secret-3' } }, 'config');
    logger.error({ err: { token: 'secret-4', headers: { authorization: 'Bot secret-5' } } }, 'error');
    logger.info({ headers: { authorization: 'Bot secret-6' } }, 'request');
    const written = JSON.stringify(lines);
    expect(written).not.toMatch(/secret-\d/);
    expect(lines.map((line) => line.msg)).toEqual(['bare', 'config', 'error', 'request']);
    expect(lines[1]).toMatchObject({ env: { DISCORD_TOKEN: '[redacted]' }, config: { token: '[redacted]' } });
  });

  it('leaves everything else as it was logged', () => {
    const { logger, lines } = capturingLogger();
    logger.info({ command: 'xen-news', options: ['section'], outcome: 'ok' }, 'interaction');
    expect(lines[0]).toMatchObject({ command: 'xen-news', options: ['section'], outcome: 'ok', msg: 'interaction' });
  });

  it('makes short reference ids that differ', () => {
    const ids = new Set(Array.from({ length: 100 }, newReferenceId));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}$/);
  });
});
