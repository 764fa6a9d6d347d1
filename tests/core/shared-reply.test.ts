import { describe, expect, it } from 'vitest';
import type { ReplyMessage } from '../../src/core/interaction.js';
import { derivedOnce, shareReply } from '../../src/core/shared-reply.js';

describe('shared replies', () => {
  it('are frozen all the way down, except file bytes, so no request can change the next one', () => {
    const data = new Uint8Array([1, 2, 3]);
    const reply = shareReply({
      embeds: [{ title: 't', fields: [{ name: 'n', value: 'v' }] }],
      files: [{ name: 'a.png', contentType: 'image/png', description: 'alt', data }],
    });
    expect(Object.isFrozen(reply)).toBe(true);
    expect(Object.isFrozen(reply.embeds?.[0]?.fields?.[0])).toBe(true);
    expect(Object.isFrozen(reply.files?.[0])).toBe(true);
    expect(reply.files?.[0]?.data).toBe(data);
    expect(() => {
      (reply.embeds?.[0] as { title: string }).title = 'changed';
    }).toThrow(TypeError);
  });

  it('have what is derived from them computed once; any other reply is derived afresh', () => {
    let runs = 0;
    const contentLength = derivedOnce((message: ReplyMessage) => {
      runs += 1;
      return message.content?.length ?? 0;
    });
    const shared = shareReply({ content: 'abc' });
    expect([contentLength(shared), contentLength(shared)]).toEqual([3, 3]);
    expect(runs).toBe(1);
    const oneOff = { content: 'abcd' };
    expect([contentLength(oneOff), contentLength(oneOff)]).toEqual([4, 4]);
    expect(runs).toBe(3);
  });
});
