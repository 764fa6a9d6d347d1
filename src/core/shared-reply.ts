import type { ReplyMessage } from './interaction.js';

function deepFreeze(value: unknown): void {
  // File bytes cannot be frozen (typed arrays refuse), and no layer writes to them.
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || ArrayBuffer.isView(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}

/**
 * Marks a reply as shared: built once and sent to everyone who asks for it. It is frozen, so no
 * request can change what the next one sends, and what later layers derive from it (see
 * `derivedOnce`) is kept for as long as the reply lives.
 */
export function shareReply<T extends ReplyMessage>(message: T): Readonly<T> {
  deepFreeze(message);
  return message;
}

/** True for a reply made with `shareReply`. */
export function isSharedReply(message: ReplyMessage): boolean {
  return Object.isFrozen(message);
}

/**
 * Wraps a function of a reply so that, for a shared (frozen) reply, it runs once and its result is
 * reused; any other reply is a one-off and is derived afresh.
 */
export function derivedOnce<T>(derive: (message: ReplyMessage) => T): (message: ReplyMessage) => T {
  const derived = new WeakMap<ReplyMessage, T>();
  return (message) => {
    if (!isSharedReply(message)) return derive(message);
    let result = derived.get(message);
    if (result === undefined) {
      result = derive(message);
      derived.set(message, result);
    }
    return result;
  };
}
