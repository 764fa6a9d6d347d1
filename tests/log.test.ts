import { describe, expect, it } from 'vitest';
import { newReferenceId } from '../src/log.js';
import { secretsIn } from '../src/output/secrets.js';
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

  it('scrubs the secrets it is given (a token and its last part) from every line, whatever field carries them', () => {
    const token = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxEmul.c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1ub3QtbGVhaw';
    const secret = token.split('.')[2] ?? '';
    const { logger, lines } = capturingLogger('info', undefined, { secrets: secretsIn({ DISCORD_TOKEN: token }) });
    logger.error({ error: { message: `proxy said: Bot ${token}` } }, 'could not answer');
    logger.warn({ detail: `signature part ${secret} seen` }, `message with ${token} in it`);
    const written = JSON.stringify(lines);
    expect(written).not.toContain(token);
    expect(written).not.toContain(secret);
    expect(lines[0]).toMatchObject({ error: { message: 'proxy said: Bot [redacted]' }, msg: 'could not answer' });
    expect(lines[1]).toMatchObject({ detail: 'signature part [redacted] seen', msg: 'message with [redacted] in it' });
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
