import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('"how does X read / see / take Y" asks for X\'s view of Y', () => {
  it('types a verb of interpreting or judging after "how does X" as a view question', () => {
    expect(analyseQuestion(index, 'how did cottingham read the aws news').type).toBe('said');
    expect(analyseQuestion(index, "how do the citrix folks interpret amazon's announcement").type).toBe('said');
    expect(analyseQuestion(index, 'how does gartner regard the move').type).toBe('said');
    // Not a verb of viewing: still a means or process question.
    expect(analyseQuestion(index, 'how does the relay attack work').type).toBe('process');
  });

  it("answers with the viewer's own words about what was asked", () => {
    const read = ask('how did cottingham read the aws news');
    expect(read.answered).toBe(true);
    expect(read.answer).toContain('David Cottingham');
    const interpret = ask("how does the citrix director interpret amazon's announcement");
    expect(interpret.answered).toBe(true);
    expect(interpret.answer).toContain('Our view on AWS');
  });

  it('reads no view where the one seeing or reading is nobody the story names', () => {
    expect(analyseQuestion(index, "how does the car read the phone's signal").type).not.toBe('said');
    expect(ask("how does the car read the phone's signal").answered).toBe(false);
  });

  it('still declines when the viewer said nothing on it', () => {
    expect(ask('how does warrilow view citrix pricing').answered).toBe(false);
  });
});
