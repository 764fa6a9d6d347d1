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
 * the story uses for it ("verbatim"). Where nothing asks how ("quote me …", "bulpin's quote word for
 * word", "the headline, verbatim"), a manner closing the message is how the reply should be, and is dropped.
 */
describe('the manner of quoting', () => {
  it('reads each word of manner as the lexicon’s one word, once', () => {
    expect(withQuotingMannerRead(language, words('did they paraphrase it or quote it word for word'))).toEqual(
      words(`did they ${language.quotingManner.as} it or quote it ${language.quotingManner.as}`),
    );
  });

  it.each([
    ['give me the headline word for word, then the standfirst', 'no verb of quoting, the manner not closing it'],
    ['was the template posted verbatim', 'a yes/no question asks the manner itself'],
    ['who exactly did the reg quote', '"exactly" stresses the question word, no manner'],
    ['whose docs did the reg quote verbatim', 'after an auxiliary the quoting word is a verb asking how'],
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

  it.each([
    ["what's bulpin s quote word for word", "what's bulpin s quote"],
    ['quote me the statement word for word', 'quote me the statement'],
    ['give me the headline word for word', 'give me the headline'],
    ['whats the standfirst verbatim', 'whats the standfirst'],
    ['the lf statement verbatim if possible', 'the lf statement'],
    ['what did warrilow say about oracle exact words pls', 'what did warrilow say about oracle'],
    ['cottingham closing quote word for word pls', 'cottingham closing quote'],
    ['the standfirst verbatim no paraphrasing', 'the standfirst'],
    ['the gartner quote the reg printed word for word', 'the gartner quote the reg printed'],
  ])('drops a manner closing "%s" where nothing asks how it was quoted', (message, kept) => {
    expect(withQuotingMannerRead(language, words(message))).toEqual(words(kept));
  });

  it.each([
    ['whats the hed on the story verbatim', 'Talk up embedded future'],
    ['need the standfirst verbatim for my notes', 'changes its tune'],
    ['what did potti say about the two languages, exact phrase', 'particularly high-risk profiles'],
    ["warrilow's opening quote, word for word pls", 'Oracle is already going to KVM'],
    ['the standfirst, verbatim, no paraphrasing', 'changes its tune'],
    ['the amazon quote techtarget got, word for word', 'best virtualization technology'],
  ])('answers "%s" as the same question without the manner', (question, expected) => {
    const answer = answerQuestion(story, question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(expected);
  });
});
