/** What {@link within} resolves with when the work is not done by the deadline. */
export const stillWorking = Symbol('still working');

/**
 * Waits for `work` at most `ms` milliseconds. The reply policy uses it to answer directly when a handler is
 * quick and to defer inside Discord's 3-second window when it is not; the work itself goes on.
 */
export function within<T>(work: Promise<T>, ms: number): Promise<T | typeof stillWorking> {
  // No deadline (the console): a timer cannot express that, Node fires an infinite one at once.
  if (ms === Number.POSITIVE_INFINITY) return work;
  // One promise and one timer, not Promise.race: this runs for every interaction the endpoint answers.
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms, stillWorking);
    work.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Waits until every piece of work `pending()` lists has settled, work that joins meanwhile included,
 * or `ms` pass. True when it all settled in time; the work that is left goes on either way.
 */
export async function settledWithin(pending: () => readonly Promise<unknown>[], ms: number): Promise<boolean> {
  const until = performance.now() + ms;
  for (let work = pending(); work.length > 0; work = pending()) {
    const left = until - performance.now();
    if (left <= 0 || (await within(Promise.allSettled(work), left)) === stillWorking) return false;
  }
  return true;
}

/** A call to Discord given up at its deadline: past it, Discord would refuse it anyway. */
export class DeadlinePassed extends Error {
  override readonly name = 'DeadlinePassed';

  constructor(
    message: string,
    /** True when the call was under way at the deadline: it may have reached Discord, its answer not us. */
    readonly mayHaveArrived: boolean,
  ) {
    super(message);
  }
}

/** A call given up because the bot is stopping and its shutdown deadline has passed. */
export class Abandoned extends Error {
  override readonly name = 'Abandoned';

  constructor() {
    super('abandoned at the shutdown deadline');
  }
}

/**
 * The shutdown deadline's switch: once thrown, every call {@link callWithin} is running fails at once
 * with {@link Abandoned}, and any started later fails straight away. (A set of callbacks rather than
 * an AbortSignal: a burst of calls would add thousands of listeners to one signal.)
 */
export class Abandonment {
  #abandoned = false;
  readonly #waiting = new Set<() => void>();

  get abandoned(): boolean {
    return this.#abandoned;
  }

  abandon(): void {
    this.#abandoned = true;
    for (const giveUp of this.#waiting) giveUp();
    this.#waiting.clear();
  }

  /** Calls `giveUp` if the switch is thrown; returns a function that stops watching. */
  watch(giveUp: () => void): () => void {
    this.#waiting.add(giveUp);
    return () => this.#waiting.delete(giveUp);
  }
}

/**
 * Runs `call` with a signal that aborts at `deadline` (a `performance.now()` time) or on
 * `abandonment`, and settles by then whatever the call does: a library that sleeps through a rate
 * limit before looking at its signal cannot hold the caller past the deadline. `what` names the
 * call in the {@link DeadlinePassed} error.
 */
export function callWithin<T>(
  what: string,
  deadline: number,
  abandonment: Abandonment | undefined,
  call: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  if (abandonment?.abandoned) return Promise.reject(new Abandoned());
  const left = deadline - performance.now();
  if (left <= 0) return Promise.reject(new DeadlinePassed(`${what}: its deadline had already passed`, false));
  const controller = new AbortController();
  return new Promise<T>((resolve, reject) => {
    const giveUp = (reason: Error) => {
      cleanUp();
      controller.abort(reason);
      reject(reason);
    };
    const timer = setTimeout(() => giveUp(new DeadlinePassed(`${what}: no answer within ${Math.round(left)} ms`, true)), left);
    const unwatch = abandonment?.watch(() => giveUp(new Abandoned()));
    function cleanUp() {
      clearTimeout(timer);
      unwatch?.();
    }
    call(controller.signal).then(
      (value) => {
        cleanUp();
        resolve(value);
      },
      (error: unknown) => {
        cleanUp();
        // Aborted here: why it was given up is the error, not the library's AbortError.
        reject(controller.signal.aborted ? controller.signal.reason : error);
      },
    );
  });
}
