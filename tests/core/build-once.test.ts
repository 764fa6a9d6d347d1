import { describe, expect, it } from 'vitest';
import { buildOnceEach } from '../../src/core/build-once.js';

describe('buildOnceEach', () => {
  it('builds each key once and shares the result, even between calls made before it resolves', async () => {
    const once = buildOnceEach<object>();
    let builds = 0;
    const build = async () => {
      builds += 1;
      return { built: builds };
    };
    const [a, b] = await Promise.all([once('a', build), once('a', build)]);
    expect(a).toBe(b);
    expect(await once('a', build)).toBe(a);
    expect(await once('b', build)).not.toBe(a);
    expect(builds).toBe(2);
  });

  it('forgets a failed build, so the next call for its key tries again', async () => {
    const once = buildOnceEach<string>();
    await expect(once('k', () => Promise.reject(new Error('render failed')))).rejects.toThrow('render failed');
    expect(await once('k', async () => 'second try')).toBe('second try');
  });
});
