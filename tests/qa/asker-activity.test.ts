import { describe, expect, it } from 'vitest';
import { withoutPreamble } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/** "checking answer sheets - what date …": a short part opening with a participle is what the asker is doing. */
describe('the asker’s activity before a colon or a dash', () => {
  it('is dropped as a preamble', () => {
    expect(withoutPreamble(language, 'marking homework: who is warrilow?')).toBe('who is warrilow?');
    expect(withoutPreamble(language, 'drafting the newsletter — which outlet did aws talk to?')).toBe(
      'which outlet did aws talk to?',
    );
  });

  it('stays where the question points back at it, or it is no participle', () => {
    for (const message of ['talking up embedded: who said that?', 'the nothing bit: who is warrilow?'])
      expect(withoutPreamble(language, message)).toBe(message);
  });

  it('lets the question be answered', () => {
    const reply = answerQuestion(story, 'grading essays: which outlet did amazon talk to');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('TechTarget');
  });
});
