import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { withQuotingMannerRead } from '../../src/qa/quoting-manner.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const words = (text: string) => text.toLowerCase().split(/\s+/);

/**
 * "did the reg paraphrase the aws docs or quote them word for word": a verb of quoting asks how something
 * was quoted, and every word of the manner ("word for word", "paraphrase", "straight") is read as the word
 * the story uses for it ("verbatim"). A request to quote ("quote me …") or a quote asked for ("bulpin's
 * quote word for word") keeps its words.
 */
describe('the manner of quoting', () => {
  it('reads each word of manner as the lexicon’s one word, once', () => {
    expect(withQuotingMannerRead(language, words('did they paraphrase it or quote it word for word'))).toEqual(
      words(`did they ${language.quotingManner.as} it or quote it ${language.quotingManner.as}`),
    );
  });

  it.each([
    ["what's bulpin s quote word for word", 'a quote asked for'],
    ['quote me the statement word for word', 'a request to quote'],
    ['give me the headline word for word', 'no verb of quoting'],
    ['who exactly did the reg quote', '"exactly" stresses the question word, no manner'],
  ])('leaves "%s" as it is (%s)', (message) => {
    expect(withQuotingMannerRead(language, words(message))).toEqual(words(message));
  });

  it.each([
    'did the reg paraphrase the aws docs or quote them word for word',
    'did the register paraphrase the aws docs or quote them straight',
  ])('answers "%s" with how the story quoted them', (question) => {
    const answer = answerQuestion(story, question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('verbatim');
  });
});
