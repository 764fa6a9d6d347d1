import { InteractionResponseType } from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import type { ReplyMessage } from '../../../src/core/interaction.js';
import { toMessageData } from '../../../src/core/message-data.js';
import { shareReply } from '../../../src/core/shared-reply.js';
import { callbackJson, encodeBody } from '../../../src/transports/http/encode.js';

const file = { name: 'a.png', contentType: 'image/png', description: 'Alt text', data: new Uint8Array([1, 2, 3]) };

describe('messages on the wire', () => {
  it('describes files as attachments and leaves the bytes out of the JSON', () => {
    const data = toMessageData({ content: 'x', files: [file] }, { replaceAll: false });
    expect(data).toEqual({ content: 'x', attachments: [{ id: 0, filename: 'a.png', description: 'Alt text' }] });
  });

  it('empties every field an update lacks, attachments included, so nothing of the old message stays', () => {
    expect(toMessageData({ embeds: [{ title: 't' }] }, { replaceAll: true })).toEqual({
      content: '',
      embeds: [{ title: 't' }],
      components: [],
      attachments: [],
    });
  });

  it('encodes JSON without files and multipart with them, both readable back', async () => {
    const json = encodeBody('{"a":1}');
    expect(json.contentType).toBe('application/json');
    expect(JSON.parse(String(json.body))).toEqual({ a: 1 });

    const multipart = encodeBody('{"a":2}', [file]);
    const form = await new Response(multipart.body, { headers: { 'content-type': multipart.contentType } }).formData();
    expect(JSON.parse(String(form.get('payload_json')))).toEqual({ a: 2 });
    const part = form.get('files[0]') as File;
    expect([part.name, part.type, [...new Uint8Array(await part.arrayBuffer())]]).toEqual(['a.png', 'image/png', [1, 2, 3]]);
  });

  it('serialises a shared reply once and a one-off reply afresh, always as toMessageData says', () => {
    let serialised = 0;
    const embed = {
      title: 'same for everyone',
      toJSON() {
        serialised += 1;
        return { title: 'same for everyone' };
      },
    };
    /** The callback's JSON text and, parsed back, its message. */
    const messageJson = (message: ReplyMessage, options: { replaceAll: boolean }) =>
      callbackJson({ type: InteractionResponseType.UpdateMessage, data: toMessageData(message, options) });
    const dataOf = (json: string) => (JSON.parse(json) as { data: unknown }).data;
    const shared = shareReply({ embeds: [embed] });
    const first = messageJson(shared, { replaceAll: true });
    expect(JSON.parse(first)).toEqual({
      type: InteractionResponseType.UpdateMessage,
      data: { ...toMessageData(shared, { replaceAll: true }), embeds: [{ title: 'same for everyone' }] },
    });
    expect(messageJson(shared, { replaceAll: true })).toBe(first);
    expect(serialised).toBe(1);
    expect(dataOf(messageJson(shared, { replaceAll: false }))).toEqual({ embeds: [{ title: 'same for everyone' }] });
    expect(serialised).toBe(2);

    const oneOff: { content: string } = { content: 'before' };
    expect(dataOf(messageJson(oneOff, { replaceAll: false }))).toEqual({ content: 'before' });
    oneOff.content = 'after';
    expect(dataOf(messageJson(oneOff, { replaceAll: false }))).toEqual({ content: 'after' });
  });
});
