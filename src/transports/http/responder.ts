import type { ServerResponse } from 'node:http';
import type { REST } from '@discordjs/rest';
import type { APIInteractionResponse } from 'discord-api-types/v10';
import type { ReplyFile } from '../../core/interaction.js';
import type { AnswerablePayload } from '../../core/interaction-payload.js';
import { type MessageData, messageOf } from '../../core/message-data.js';
import type { Responder } from '../../core/reply-policy.js';
import { type CallDeadlines, restResponder } from '../interaction-rest.js';
import { type EncodedBody, encodeCallback, send } from './encode.js';
import type { ImageHost, LinkedMessage } from './image-host.js';

/**
 * The HTTP endpoint's responder: the callback is the HTTP response to Discord's POST (200, its body
 * as encodeCallback gives it), everything
 * after it goes through the interaction's webhook. With an image host (PUBLIC_URL), pictures are
 * linked by URL rather than uploaded, on every one of those calls. A class, not closures: one is
 * made for every request the endpoint answers.
 */
class HttpResponder implements Responder {
  #responded = false;
  /** Most interactions are answered by the HTTP response alone: the webhook calls are set up when first needed. */
  #webhook: Promise<Responder> | undefined;

  constructor(
    private readonly response: ServerResponse,
    private readonly rest: () => Promise<REST>,
    private readonly payload: AnswerablePayload,
    private readonly deadlines: CallDeadlines,
    private readonly images: ImageHost | undefined,
  ) {}

  async callback(body: APIInteractionResponse, files?: readonly ReplyFile[]): Promise<void> {
    if (this.#responded) throw new Error('the HTTP response was already sent');
    this.#responded = true;
    const message = this.images && files && files.length > 0 ? messageOf(body) : undefined;
    if (message) {
      const linked = this.#link(message, files);
      const linkedBody = { type: body.type, data: linked.data } as APIInteractionResponse;
      this.#respond(encodeCallback(linkedBody, linked.files));
      return;
    }
    this.#respond(encodeCallback(body, files));
  }

  async editOriginal(data: MessageData, files?: readonly ReplyFile[]): Promise<void> {
    const linked = this.#link(data, files);
    return (await this.#sent()).editOriginal(linked.data, linked.files);
  }

  async followUp(data: MessageData, files?: readonly ReplyFile[]): Promise<void> {
    const linked = this.#link(data, files);
    return (await this.#sent()).followUp(linked.data, linked.files);
  }

  async deleteOriginal(): Promise<void> {
    return (await this.#sent()).deleteOriginal();
  }

  #respond({ body, contentType }: EncodedBody): void {
    send(this.response, 200, body, contentType);
  }

  #sent(): Promise<Responder> {
    this.#webhook ??= this.rest().then((rest) => restResponder(rest, this.payload, this.deadlines));
    return this.#webhook;
  }

  #link(data: MessageData, files: readonly ReplyFile[] | undefined): LinkedMessage {
    return this.images && files && files.length > 0 ? this.images.link(data, files) : { data, files: files ?? [] };
  }
}

/**
 * The responder for one HTTP interaction: {@link HttpResponder}. `rest` gives the REST client for the
 * webhook calls; it is asked for on the first one only.
 */
export function httpResponder(
  response: ServerResponse,
  rest: () => Promise<REST>,
  payload: AnswerablePayload,
  deadlines: CallDeadlines,
  images?: ImageHost,
): Responder {
  return new HttpResponder(response, rest, payload, deadlines, images);
}
