import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('the article named by words of its own title, in a question asking when', () => {
  it('reads "the <title words> story" as the article and asks when it was published', () => {
    expect(analyse('when did the aws kvm xen article go up').terms).toEqual(['i:published']);
    const answer = ask('what year did el reg put out the embedded xen story');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('2017');
  });

  it('needs two of the title\'s terms: one names some other text ("the Xen Project post")', () => {
    expect(analyse('when did the xen project post go up').terms).not.toEqual(['i:published']);
  });

  it('leaves alone words the title does not hold, and questions not asking when', () => {
    expect(analyse('when did the tesla bluetooth story run').terms).not.toEqual(['i:published']);
    expect(analyse('what does the xen kvm story say about oracle').terms).toContain('e:oracle');
  });
});

describe('the list of related stories holds how many there are', () => {
  it('answers "how many" about the other stories with their count and titles', () => {
    const answer = ask('so how many teasers does it list, roughly');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/^Under the heading “Other stories you might like”, the page lists 3 other stories/);
    expect(answer.answer).toContain('CAPSTONE');
  });
});

describe('counting a part of the page counts it, not a number inside it', () => {
  it('does not read "Model 3" in a teaser as three teasers', () => {
    const answer = ask('how many teasers mention tesla');
    expect(answer.answer).not.toMatch(/^3 other stories/);
  });
});
