import { randomUUID } from 'node:crypto';
import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import type { ReplyFile } from '../../core/interaction.js';

/** A request or response body ready to send, with its content type. */
export interface EncodedBody {
  readonly contentType: string;
  readonly body: Buffer | string;
}

/** Answers with a whole body and its length; `headers` add to or replace the content headers. */
export function send(
  response: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  headers?: OutgoingHttpHeaders,
): void {
  const length = Buffer.byteLength(body);
  // Without extra headers no object is spread: the interaction callback goes out this way on every request.
  response.writeHead(
    status,
    headers
      ? { 'content-type': contentType, 'content-length': length, ...headers }
      : { 'content-type': contentType, 'content-length': length },
  );
  response.end(body);
}

/** The JSON text of a shared reply's wire form (frozen: see toMessageData), kept while the reply lives. */
const frozenJson = new WeakMap<object, string>();

function json(value: object): string {
  if (!Object.isFrozen(value)) return JSON.stringify(value);
  let text = frozenJson.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    frozenJson.set(value, text);
  }
  return text;
}

/** An interaction callback as JSON text, built around its message's own (serialised once when shared). */
export function callbackJson(body: APIInteractionResponse): string {
  if (!('data' in body) || body.data === undefined) return JSON.stringify(body);
  return `{"type":${body.type},"data":${json(body.data)}}`;
}

/** A shared reply's callbacks encoded, by callback type: the same bytes for everyone, kept while the reply lives. */
const encodedCallbacks = new WeakMap<object, Map<number, EncodedBody>>();

/**
 * An interaction callback ready to send: JSON, or multipart with its files. A shared reply's callback
 * without files is encoded once, to bytes, and the same body is handed out again (never written to).
 */
export function encodeCallback(body: APIInteractionResponse, files: readonly ReplyFile[] = []): EncodedBody {
  const data = 'data' in body ? body.data : undefined;
  if (files.length > 0 || data === undefined || !Object.isFrozen(data)) return encodeBody(callbackJson(body), files);
  let byType = encodedCallbacks.get(data);
  if (!byType) {
    byType = new Map();
    encodedCallbacks.set(data, byType);
  }
  let encoded = byType.get(body.type);
  if (!encoded) {
    encoded = { contentType: 'application/json', body: Buffer.from(callbackJson(body)) };
    byType.set(body.type, encoded);
  }
  return encoded;
}

/** A file's part of a multipart body: the same for every reply that attaches the file, so built once. */
const fileParts = new WeakMap<Uint8Array, Map<string, Buffer>>();

function filePart(file: ReplyFile, index: number): Buffer {
  const fieldName = `files[${index}]`;
  let byField = fileParts.get(file.data);
  if (!byField) {
    byField = new Map();
    fileParts.set(file.data, byField);
  }
  let part = byField.get(fieldName);
  if (!part) {
    const safeName = file.name.replace(/["\r\n\\]/g, '_');
    const headers = `Content-Disposition: form-data; name="${fieldName}"; filename="${safeName}"\r\nContent-Type: ${file.contentType}\r\n\r\n`;
    part = Buffer.concat([Buffer.from(headers), file.data]);
    byField.set(fieldName, part);
  }
  return part;
}

/**
 * The JSON text as it is when there are no files, else `multipart/form-data` (RFC 7578) with
 * `payload_json` and `files[n]`, as Discord takes uploads. Written here rather than through FormData
 * and Response, whose streaming serialisation cost about 0.7 ms per reply for a 200 KiB image
 * (bench/http.ts).
 */
export function encodeBody(json: string, files: readonly ReplyFile[] = []): EncodedBody {
  if (files.length === 0) return { contentType: 'application/json', body: json };
  const boundary = `xen-news-${randomUUID()}`;
  const parts: Buffer[] = [
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="payload_json"\r\nContent-Type: application/json\r\n\r\n${json}\r\n`,
    ),
  ];
  files.forEach((file, index) => {
    parts.push(Buffer.from(`--${boundary}\r\n`), filePart(file, index), Buffer.from('\r\n'));
  });
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { contentType: `multipart/form-data; boundary=${boundary}`, body: Buffer.concat(parts) };
}
