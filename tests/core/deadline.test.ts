import { afterEach, describe, expect, it, vi } from 'vitest';
import { stillWorking, within } from '../../src/core/deadline.js';

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
