import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('a tag ending a sentence the message goes on after asks nothing', () => {
  it('drops "right?" and "correct?" before the question that follows', () => {
    expect(analyseQuestion(index, 'the tesla has a defence against relays, right? how does it work').terms).not.toContain(
      's:best',
    );
    expect(analyseQuestion(index, 'google has a new open source thing right? what is it called').terms).not.toContain('s:best');
    // A tag ending the message is the tag ending the analysis already reads.
    expect(analyseQuestion(index, 'aws is moving to kvm, right?').type).toBe('yesno');
  });

  it('answers the question after the tag as it answers it alone', () => {
    const tagged = ask('google has a new open source thing right? what is it called');
    expect(tagged.answered).toBe(true);
    expect(tagged.answer).toContain('Assured Open Source Software');
    const defence = ask('the tesla has a defence against relays, right? how does it work');
    expect(defence.answered).toBe(true);
    expect(defence.answer).toMatch(/^The car has a defense mechanism/);
  });
});
