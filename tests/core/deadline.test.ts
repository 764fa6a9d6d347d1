import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Abandoned,
  Abandonment,
  callWithin,
  DeadlinePassed,
  settledWithin,
  stillWorking,
  within,
} from '../../src/core/deadline.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('within', () => {
  it('gives the work’s result when it is done in time, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    await expect(within(Promise.resolve('answer'), 2000)).resolves.toBe('answer');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('gives stillWorking at the deadline while the work goes on', async () => {
    vi.useFakeTimers();
    let finish: (value: string) => void = () => undefined;
    const work = new Promise<string>((resolve) => {
      finish = resolve;
    });
    const early = within(work, 2000);
    await vi.advanceTimersByTimeAsync(2000);
    await expect(early).resolves.toBe(stillWorking);
    finish('late answer');
    await expect(work).resolves.toBe('late answer');
  });

  it('with no deadline (the console), waits for the work however long it takes', async () => {
    const slow = new Promise<string>((resolve) => setTimeout(resolve, 30, 'late answer'));
    await expect(within(slow, Number.POSITIVE_INFINITY)).resolves.toBe('late answer');
  });

  it('passes on the work’s failure when it fails in time, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    await expect(within(Promise.reject(new Error('broke')), 2000)).rejects.toThrow('broke');
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('settledWithin', () => {
  it('waits for work that joins while it waits, and says true when all of it settled in time', async () => {
    const inFlight = new Set<Promise<unknown>>();
    const track = (ms: number) => {
      const work: Promise<unknown> = new Promise((resolve) => setTimeout(resolve, ms)).finally(() => inFlight.delete(work));
      inFlight.add(work);
    };
    track(20);
    setTimeout(() => track(40), 10);
    const started = performance.now();
    expect(await settledWithin(() => [...inFlight], 1000)).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(inFlight.size).toBe(0);
  });

  it('says false at the deadline when work is still going', async () => {
    const never = new Promise(() => undefined);
    const started = performance.now();
    expect(await settledWithin(() => [never], 50)).toBe(false);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
  });
});

describe('callWithin', () => {
  it("gives the call's result, and aborts nothing, when it is in time", async () => {
    let signal: AbortSignal | undefined;
    const result = await callWithin('a call', performance.now() + 1000, undefined, async (s) => {
      signal = s;
      return 'done';
    });
    expect(result).toBe('done');
    expect(signal?.aborted).toBe(false);
  });

  it('fails with DeadlinePassed at the deadline, aborting the call, even when the call ignores its signal', async () => {
    let signal: AbortSignal | undefined;
    const call = callWithin('the interaction callback', performance.now() + 50, undefined, (s) => {
      signal = s;
      return new Promise(() => undefined);
    });
    await expect(call).rejects.toMatchObject({ name: 'DeadlinePassed', mayHaveArrived: true });
    expect(signal?.aborted).toBe(true);
  });

  it('does not start a call whose deadline has passed', async () => {
    let started = false;
    const call = callWithin('a call', performance.now() - 1, undefined, async () => {
      started = true;
    });
    await expect(call).rejects.toBeInstanceOf(DeadlinePassed);
    await expect(call).rejects.toMatchObject({ mayHaveArrived: false });
    expect(started).toBe(false);
  });

  it('fails every waiting call with Abandoned when the abandonment is thrown, and starts none after', async () => {
    const abandonment = new Abandonment();
    const calls = [1, 2, 3].map(() =>
      callWithin('a call', performance.now() + 60_000, abandonment, () => new Promise(() => undefined)),
    );
    abandonment.abandon();
    for (const call of calls) await expect(call).rejects.toBeInstanceOf(Abandoned);
    await expect(callWithin('a later call', performance.now() + 60_000, abandonment, async () => 'x')).rejects.toBeInstanceOf(
      Abandoned,
    );
  });
});
