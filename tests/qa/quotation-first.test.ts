import { describe, expect, it } from 'vitest';
import { withQuotationLast } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/**
 * "“We have not received any queries” — whose words?": a line pasted in quotation marks first, then the
 * question about it. The question is read first and the line after it, so that the line's own words
 * ("We *have* …") make no yes/no question, and a line opening with "we" is no set-up of the asker's.
 */
describe('a quoted line pasted before the question about it', () => {
  it.each([
    [
      '"We have not received any queries from customers" — whose words?',
      'whose words "We have not received any queries from customers"?',
    ],
    ["'a staple for server vendors' - who said that?", "who said 'a staple for server vendors'?"],
    ['quote check: “remain involved” whose line is it', 'quote check: whose line is “remain involved”?'],
  ])('reads "%s" as "%s"', (message, read) => {
    expect(withQuotationLast(language, message)).toBe(read);
  });

  it.each([
    ['who said "making inroads"?', 'the question comes first'],
    ['"We expect them to remain involved" is what the LF sent', 'nothing after the line asks'],
    ['"nail" - who said that?', 'a one-word quotation'],
  ])('leaves "%s" as it is (%s)', (message) => {
    expect(withQuotationLast(language, message)).toBe(message);
  });

  it.each([
    ['"We have not received any queries from our customers about AWS" — whose words?', 'David Cottingham (Citrix)'],
    ['“We expect them to remain involved” — attributed to whom?', 'The Linux Foundation'],
    ['"We expect them to remain involved" - who said that?', 'The Linux Foundation'],
  ])('answers "%s" with who said it', (message, speaker) => {
    const answer = answerQuestion(story, message);
    expect(answer.answered).toBe(true);
    expect(answer.answer.startsWith(speaker)).toBe(true);
  });
});
