import { describe, expect, it } from 'vitest';
import type { ReplyFile } from '../../../src/core/interaction.js';
import { shareReply } from '../../../src/core/shared-reply.js';
import { createImageHost, fresh } from '../../../src/transports/http/image-host.js';

const png = (name: string, byte: number): ReplyFile => ({
  name,
  contentType: 'image/png',
  description: `alt ${name}`,
  data: new Uint8Array([0x89, 0x50, byte]),
});
const card = png('card.png', 1);
const chart = png('chart.png', 2);
const notes: ReplyFile = { name: 'notes.txt', contentType: 'text/plain', description: 'notes', data: new Uint8Array([65]) };
const base = 'https://bot.example';

describe('linking pictures by URL', () => {
  it('points embed images and thumbnails at their hashed URL and uploads only what is left, renumbered', async () => {
    const host = createImageHost({ publicUrl: base });
    const data = {
      embeds: [
        { title: 'a', image: { url: 'attachment://card.png' } },
        { title: 'b', thumbnail: { url: 'attachment://chart.png' }, image: { url: 'https://elsewhere.example/x.png' } },
      ],
      attachments: [
        { id: 0, filename: 'card.png', description: 'alt card.png' },
        { id: 1, filename: 'notes.txt', description: 'notes' },
        { id: 2, filename: 'chart.png', description: 'alt chart.png' },
      ],
    };
    const linked = host.link(data, [card, notes, chart]);
    expect(linked.files).toEqual([notes]);
    expect(linked.data.attachments).toEqual([{ id: 0, filename: 'notes.txt', description: 'notes' }]);
    const [first, second] = linked.data.embeds ?? [];
    expect(first?.image?.url).toMatch(/^https:\/\/bot\.example\/images\/[0-9a-f]{32}\.png$/);
    expect(second?.thumbnail?.url).toMatch(/^https:\/\/bot\.example\/images\/[0-9a-f]{32}\.png$/);
    expect(second?.thumbnail?.url).not.toBe(first?.image?.url);
    expect(second?.image?.url).toBe('https://elsewhere.example/x.png');
    // What it links, it serves; the message it was given is left as it was.
    const hash = first?.image?.url.slice(`${base}/images/`.length, -4) ?? '';
    expect((await host.find(hash))?.file).toBe(card);
    expect(data.embeds[0]?.image?.url).toBe('attachment://card.png');
  });

  it('leaves a message alone when no embed shows one of its PNGs', () => {
    const host = createImageHost({ publicUrl: base });
    const data = { content: 'see attached', attachments: [{ id: 0, filename: 'card.png' }] };
    const linked = host.link(data, [card]);
    expect(linked).toEqual({ data, files: [card] });
  });

  it('empties the attachments of an update, so the old upload goes too', () => {
    const host = createImageHost({ publicUrl: base });
    const update = {
      content: '',
      embeds: [{ image: { url: 'attachment://card.png' } }],
      components: [],
      attachments: [{ id: 0, filename: 'card.png', description: 'alt' }],
    };
    expect(host.link(update, [card]).data.attachments).toEqual([]);
  });

  it('works a shared (frozen) reply out once and shares the result, frozen too', () => {
    const host = createImageHost({ publicUrl: base });
    const data = shareReply({
      embeds: [{ image: { url: 'attachment://card.png' } }],
      attachments: [{ id: 0, filename: 'card.png' }],
    });
    const once = host.link(data, [card]);
    expect(host.link(data, [card])).toBe(once);
    expect(Object.isFrozen(once.data)).toBe(true);
  });

  it('finds the pictures every instance can attach, though this one has linked none, and nothing else', async () => {
    let loads = 0;
    const host = createImageHost({
      publicUrl: base,
      known: async () => {
        loads += 1;
        return [card, notes];
      },
    });
    const linkedElsewhere = createImageHost({ publicUrl: base }).link({ embeds: [{ image: { url: 'attachment://card.png' } }] }, [
      card,
    ]);
    const hash = linkedElsewhere.data.embeds?.[0]?.image?.url.slice(`${base}/images/`.length, -4) ?? '';
    expect((await host.find(hash))?.etag).toBe(`"${hash}"`);
    expect(await host.find('0'.repeat(32))).toBeUndefined();
    expect(loads).toBe(1);
  });
});

describe('If-None-Match', () => {
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['*', true],
    ['"abcd"', false],
    [undefined, false],
  ])('%s against "abc": %s', (header, matches) => {
    expect(fresh(header, '"abc"')).toBe(matches);
  });
});
