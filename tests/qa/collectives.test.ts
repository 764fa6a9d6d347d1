import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { withCollectivesDropped } from '../../src/qa/collectives.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const words = (question: string) => question.toLowerCase().split(' ');

/** "the Citrix camp", "the Linux Foundation crowd": a collective noun after a name is the organisation itself. */
describe('a collective noun after a name', () => {
  it.each([
    ['what does the citrix camp say', 'what does the citrix say'],
    ['is the linux foundation crowd hopeful', 'is the linux foundation hopeful'],
    ['has the aws side said anything', 'has the aws said anything'],
  ])('drops it in "%s"', (question, left) => {
    expect(withCollectivesDropped(language, words(question)).join(' ')).toBe(left);
  });

  it.each([
    ['what did ncc group find', 'the noun ends the name'],
    ['did google team up with snyk', 'a verb with its particle'],
    ['which group is aws in', 'after no name'],
  ])('keeps it in "%s" (%s)', (question) => {
    expect(withCollectivesDropped(language, words(question))).toEqual(words(question));
  });

  it('answers whether AWS is still in the Xen team', () => {
    const reply = answerQuestion(story, 'is amazon still in the xen team');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('active member');
  });
});
