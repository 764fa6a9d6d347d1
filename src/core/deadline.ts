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
