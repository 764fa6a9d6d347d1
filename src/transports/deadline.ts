/** What {@link within} resolves with when the work is not done by the deadline. */
export const stillWorking = Symbol('still working');

/**
 * Waits for `work` at most `ms` milliseconds. Transports use it to answer directly when a handler is
 * quick and to defer inside Discord's 3-second window when it is not; the work itself goes on.
 */
export function within<T>(work: Promise<T>, ms: number): Promise<T | typeof stillWorking> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<typeof stillWorking>((resolve) => {
    timer = setTimeout(resolve, ms, stillWorking);
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
