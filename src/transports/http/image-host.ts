import { createHash } from 'node:crypto';
import type { APIEmbed } from 'discord-api-types/v10';
import type { ReplyFile } from '../../core/interaction.js';
import type { MessageData } from '../../core/message-data.js';
import { shareReply } from '../../core/shared-reply.js';

/** A picture served at `/images/<hash>.png`. */
export interface HostedImage {
  file: ReplyFile;
  /** The strong ETag, quoted: the content hash, since the bytes under a name never change. */
  etag: string;
}

/** A message whose hosted pictures are linked by URL, and the files still to upload with it. */
export interface LinkedMessage {
  data: MessageData;
  files: readonly ReplyFile[];
}

/**
 * Serves the PNGs replies attach under `<PUBLIC_URL>/images/<content hash>.png` and links embeds to
 * them instead of uploading the bytes with every reply: Discord's media proxy fetches each once.
 */
export interface ImageHost {
  /**
   * The message with each embed image or thumbnail that shows an attached PNG (`attachment://name`)
   * pointing at its URL instead, and those files left out (of `files` and `attachments`). For a
   * shared (frozen) message the result is worked out once and shared too.
   */
  link(data: MessageData, files: readonly ReplyFile[]): LinkedMessage;
  /** The picture with this content hash, once a reply has linked it or `known` has listed it. */
  find(hash: string): Promise<HostedImage | undefined>;
}

/** Hex digits of SHA-256 kept in a URL: 128 bits, plenty to tell a handful of pictures apart. */
const hashLength = 32;
export const hostedImagePath = new RegExp(`^/images/([0-9a-f]{${hashLength}})\\.png$`);

const hashes = new WeakMap<Uint8Array, string>();

function contentHash(data: Uint8Array): string {
  let hash = hashes.get(data);
  if (hash === undefined) {
    hash = createHash('sha256').update(data).digest('hex').slice(0, hashLength);
    hashes.set(data, hash);
  }
  return hash;
}

/** Whether a client's `If-None-Match` names this ETag (RFC 9110: weak comparison, or `*`). */
export function fresh(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const trimmed = tag.trim();
    return trimmed === '*' || trimmed.replace(/^W\//, '') === etag;
  });
}

const attachmentScheme = 'attachment://';

export function createImageHost(options: {
  /** PUBLIC_URL, without a trailing slash. */
  publicUrl: string;
  /**
   * Every picture a reply can attach. Another instance behind the same load balancer may have linked
   * one this instance has not sent yet; it is found here.
   */
  known?: () => Promise<readonly ReplyFile[]>;
}): ImageHost {
  const hosted = new Map<string, HostedImage>();
  const linkedShared = new WeakMap<MessageData, LinkedMessage>();
  let knownLoaded: Promise<void> | undefined;

  function host(file: ReplyFile): string {
    const hash = contentHash(file.data);
    if (!hosted.has(hash)) hosted.set(hash, { file, etag: `"${hash}"` });
    return `${options.publicUrl}/images/${hash}.png`;
  }

  function linkOnce(data: MessageData, files: readonly ReplyFile[]): LinkedMessage {
    const urls = new Map<string, string>();
    const relink = (url: string): string => {
      if (!url.startsWith(attachmentScheme)) return url;
      const name = url.slice(attachmentScheme.length);
      const file = files.find((candidate) => candidate.name === name && candidate.contentType === 'image/png');
      if (!file) return url;
      let hostedUrl = urls.get(name);
      if (hostedUrl === undefined) {
        hostedUrl = host(file);
        urls.set(name, hostedUrl);
      }
      return hostedUrl;
    };
    const embeds = data.embeds?.map((embed): APIEmbed => {
      const image = embed.image && { ...embed.image, url: relink(embed.image.url) };
      const thumbnail = embed.thumbnail && { ...embed.thumbnail, url: relink(embed.thumbnail.url) };
      return { ...embed, ...(image ? { image } : {}), ...(thumbnail ? { thumbnail } : {}) };
    });
    if (urls.size === 0) return { data, files };
    const kept = files.filter((file) => !urls.has(file.name));
    // Attachment ids are the files' positions in the upload: renumbered for those left.
    const attachments = data.attachments
      ?.filter((attachment) => !urls.has(attachment.filename ?? ''))
      .map((attachment) => ({ ...attachment, id: kept.findIndex((file) => file.name === attachment.filename) }));
    return {
      data: { ...data, ...(embeds ? { embeds } : {}), ...(attachments ? { attachments } : {}) },
      files: kept,
    };
  }

  return {
    link(data, files) {
      if (files.length === 0) return { data, files };
      if (!Object.isFrozen(data)) return linkOnce(data, files);
      let linked = linkedShared.get(data);
      if (!linked) {
        const once = linkOnce(data, files);
        linked = { data: once.data === data ? data : shareReply(once.data), files: once.files };
        linkedShared.set(data, linked);
      }
      return linked;
    },
    async find(hash) {
      const found = hosted.get(hash);
      if (found || !options.known) return found;
      knownLoaded ??= options.known().then((files) => {
        for (const file of files) if (file.contentType === 'image/png') host(file);
      });
      // A failed load is retried by the next request that misses.
      await knownLoaded.catch((error: unknown) => {
        knownLoaded = undefined;
        throw error;
      });
      return hosted.get(hash);
    },
  };
}
