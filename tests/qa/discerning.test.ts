import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);
const detectTerm = analyseQuestion(index, 'how is it detected').terms.find((t) => t.startsWith('s:'));

describe('"tell X from Y" is telling things apart', () => {
  it('reads "tell" with a particle of separation after its object as the verb of discerning', () => {
    expect(detectTerm).toBeDefined();
    expect(analyseQuestion(index, 'how would a model 3 tell a fake key signal from a genuine one').terms).toContain(detectTerm);
    expect(analyseQuestion(index, 'can the car tell the two phones apart').terms).toContain(detectTerm);
    // "tell us where … from" asks where; the verb stays a verb of saying.
    expect(analyseQuestion(index, 'tell me where capstone launched from').terms).not.toContain(detectTerm);
    expect(analyseQuestion(index, 'what did aws tell the register').terms).not.toContain(detectTerm);
  });

  it('no longer answers with the gadget sentence, which tells nothing apart', () => {
    const answer = ask('how would a model 3 tell a relayed key signal from the owner phone');
    expect(answer.answer).not.toMatch(/^The phone-side gadget/);
  });

  it('answers "how does the car distinguish …" with the latency check', () => {
    const answer = ask('how can a tesla distinguish a relayed signal from the phone');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('latency');
  });
});
