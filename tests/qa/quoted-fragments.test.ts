import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a few words quoted inside the story’s own sentence', () => {
  it('are shown in the sentence of theirs that bears on the question', () => {
    const report = ask('which reg report got brought up in the board minutes');
    expect(report.answered).toBe(true);
    expect(report.answer).toContain('custom cut of KVM');
    const schlaeger = ask('what did schlaeger say');
    expect(schlaeger.answer).toContain('“what is true and what isn’t”');
    expect(schlaeger.answer).toContain('The minutes recorded');
  });

  it('leave a whole statement as it is', () => {
    const warrilow = ask('what did warrilow say about the coffin');
    expect(warrilow.answer).toContain('final nail');
    expect(warrilow.answer).not.toContain('\n>');
  });
});
