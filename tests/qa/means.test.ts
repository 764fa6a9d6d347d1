import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('"how does X tell …" asks by what means', () => {
  it('reads a "how" question no other cue types as asking for means', () => {
    expect(analyseQuestion(index, 'how can the car tell the paired phone is far away').asksMeans).toBe(true);
    expect(analyseQuestion(index, 'how does the relay attack work').asksMeans).toBe(false);
    expect(analyseQuestion(index, 'what can the car tell').asksMeans).toBe(false);
  });

  it('marks a text giving a means: a phrase of means, or a preposition before a gerund', () => {
    const latency = index.facts.find((f) => f.answer.includes('based on measuring transmission latency'));
    const gadgets = index.facts.find((f) => f.answer.startsWith("NCC's technique involves one gadget"));
    expect(latency?.features.has('@means')).toBe(true);
    expect(gadgets?.features.has('@means')).toBe(false);
  });

  it('prefers, between facts covering the question alike, the one giving the means', () => {
    const answer = ask('how does the model 3 know the paired phone has gone too far away');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('based on measuring transmission latency');
  });
});
