import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "where is X sending / taking Y" asks where Y goes, as "where is Y headed" does. */
describe('a destination asked with a verb of sending', () => {
  it.each([
    'where is rocket lab sending capstone',
    'where is nasa’s capstone being sent',
    'where is rocket lab taking the spacecraft',
  ])('reads "%s" as asking for a destination, and answers the Moon', (question) => {
    expect(analyseQuestion(getIndex(story), question).wants).toBe('destination');
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Moon');
  });
});

/** "where does the link resolve to": a link's destination, which a short link alone does not give. */
describe('a destination asked of a link', () => {
  it.each(['where does the short link in the template resolve to', 'where does the template’s bit.ly link redirect'])(
    'reads "%s" as asking for a destination, and declines with what the story does say',
    (question) => {
      expect(analyseQuestion(getIndex(story), question).wants).toBe('destination');
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(false);
      expect(reply.partial?.answer).toContain('bit.ly');
    },
  );
});
