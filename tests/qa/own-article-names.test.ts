import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const shipped = getIndex(story);

/**
 * "the xen article", "the main aws story": a word of the article's own headline before a noun only a
 * news article is called names this article; it is no subject of the question.
 */
describe('the article named by a word of its own headline', () => {
  it.each([
    ['quick tl;dr of the main xen story pls', 'in short'],
    ['what is the aws article about', 'in short'],
    ['list everyone who gets quoted in the xen article', 'The story quotes'],
    ['when was the kvm story published', 'November 22, 2017'],
  ])('answers "%s" about the article itself', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('drops the headline word, which names the article, not what is asked', () => {
    expect(analyseQuestion(shipped, 'what is the xen article about').terms).not.toContain('e:xen-project');
  });

  it('keeps a name before a noun of a document someone else wrote: "the xen project post"', () => {
    expect(answerQuestion(story, 'what did the xen project post say').answer).toContain('Xen Project');
    expect(analyseQuestion(shipped, 'what did the xen project post say').terms).toContain('e:xen-project');
  });

  it('keeps words before a phrase with its own determiner: "the \'cloud colossus\' in the article"', () => {
    expect(answerQuestion(story, "who's the 'cloud colossus' in the article").answer).toContain('Amazon Web Services');
  });
});
