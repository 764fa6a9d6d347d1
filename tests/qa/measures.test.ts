import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('"what <measure>" asks for an amount', () => {
  it('reads a noun of measure after "what" or "which" as asking for a number', () => {
    expect(analyse('what latency counts as too far for the car').wants).toBe('count');
    expect(analyse('which distance breaks the relay').wants).toBe('count');
    expect(analyse('what is the latency based defence').wants).toBeNull();
  });

  it('declines with what the story says where it gives no figure', () => {
    const latency = ask('what latency does the car take to mean the paired device is too far away');
    expect(latency.answered).toBe(false);
    expect(latency.partial?.answer).toContain("doesn't give a number");
    expect(latency.partial?.answer).toContain('transmission latency');
  });

  it('still describes the measure when asked what it is', () => {
    const defence = ask('what is the latency based defence');
    expect(defence.answered).toBe(true);
    expect(defence.answer).toContain('latency');
  });
});
