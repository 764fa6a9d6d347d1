import { describe, expect, it } from 'vitest';
import { createScrubber, redacted, secretsIn } from '../../src/output/secrets.js';

const token = 'MTEwMDAwMDAwMDAwMDAwMDAwMQ.GxEmul.c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1ub3QtbGVhaw';
const signature = 'c2VjcmV0LXZhbHVlLXRoYXQtbXVzdC1ub3QtbGVhaw';

describe('the secrets no line may show', () => {
  it('are the token and its last part', () => {
    expect(secretsIn({ DISCORD_TOKEN: token })).toEqual([token, signature]);
  });

  it('are the whole value too when it is pasted with a "Bot " prefix or spaces around it', () => {
    expect(secretsIn({ DISCORD_TOKEN: ` Bot ${token} ` })).toEqual([`Bot ${token}`, signature]);
  });

  it('are none without a token, and never a value too short to scrub without garbling every line', () => {
    expect(secretsIn({})).toEqual([]);
    expect(secretsIn({ DISCORD_TOKEN: '' })).toEqual([]);
    expect(secretsIn({ DISCORD_TOKEN: 'a.b.c' })).toEqual([]);
  });
});

describe('the scrubber', () => {
  const scrub = createScrubber(secretsIn({ DISCORD_TOKEN: token }));

  it('replaces the whole token, not only its last part, wherever it appears', () => {
    expect(scrub(`Bot ${token} then ${token}`)).toBe(`Bot ${redacted} then ${redacted}`);
  });

  it('replaces the last part alone', () => {
    expect(scrub(`sig=${signature};`)).toBe(`sig=${redacted};`);
  });

  it('leaves a line without secrets as it was, and scrubs nothing when given none', () => {
    expect(scrub('{"msg":"interaction","outcome":"ok"}')).toBe('{"msg":"interaction","outcome":"ok"}');
    expect(createScrubber([])(`Bot ${token}`)).toBe(`Bot ${token}`);
  });
});
