import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('how precise a value is asked for is not what the question is about', () => {
  it('drops an adjective of completeness from a "when" question or one asking for a value', () => {
    expect(analyse('when was the update added, full date').terms).toEqual(['i:update']);
    expect(analyse('how many full days did aws leave the email unanswered').terms).not.toContain('full');
  });

  it('keeps it in a question asking for no value', () => {
    expect(analyse('what did the complete advisory board decide').terms).toContain('s:complet');
  });

  it('drops "full" from any question: it says how much of the thing is wanted, and the story never uses it', () => {
    expect(analyse('what did the full advisory board decide').terms).not.toContain('full');
  });

  it('answers with the date the question asks for', () => {
    const answer = ask('when was the article published, precise date pls');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('November 22, 2017');
  });
});

describe('a unit of measure the story never uses asks for an amount, and is no name', () => {
  it('does not count a unit as an unknown name', () => {
    expect(analyse('how many GB does the xen hypervisor take up').unknownNames).toEqual([]);
    expect(analyse('how many Zorbles does the xen hypervisor take up').unknownNames).toEqual(['Zorbles']);
  });

  it('declines with what the story does say instead of saying it never mentions the unit', () => {
    const answer = ask('how many GB does the xen hypervisor take up');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain("doesn't give a measurement");
  });
});
