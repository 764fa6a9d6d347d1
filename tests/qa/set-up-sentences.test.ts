import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { setUpWords } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const { language } = index;
const ask = (q: string) => answerQuestion(story, q);

/**
 * "Our panel starts with the cloud side of things tonight. In her view, what did Gartner's analyst say …":
 * a sentence before the question that asks nothing sets it up; its own words weigh least, as the asker's own.
 */
describe('a set-up before the question', () => {
  it('splits off the words before a question that ends the message', () => {
    expect(setUpWords(language, 'We cover the analysts in the second half of our newsletter. What did Gartner say?')).toEqual({
      setUp: ['we', 'cover', 'the', 'analysts', 'in', 'the', 'second', 'half', 'of', 'our', 'newsletter'],
      question: ['what', 'did', 'gartner', 'say'],
    });
  });

  it.each([
    ['what did Gartner say about Xen?', 'one part'],
    ['gartner quote for the slides: what did he say?', 'a short opening is the topic'],
    ['Citrix gave a few reasons the move is limited in my notes - what were they?', 'the question points back at the set-up'],
    ['What did Citrix say? I need it for the newsletter tonight please', 'the last part asks nothing'],
    ['Which hypervisor is it, asked the producer of the late show. What did Gartner say?', 'the set-up asks too'],
  ])('finds none in "%s" (%s)', (message) => {
    expect(setUpWords(language, message)).toBeNull();
  });

  it("weighs the set-up words least, as the asker's own, and keeps the names it holds whole", () => {
    const question = analyseQuestion(
      index,
      'For the closing segment of our episode, Gartner was the gloomy voice on all this. In his words, what did he say about Xen?',
    );
    expect([...question.askersThings]).toEqual(expect.arrayContaining(['clos', 'episod']));
    // "our episode" is the asker's: the publication the first person stands for elsewhere is no name here.
    expect(question.askersThings.has('e:the-register')).toBe(true);
    expect(question.askersThings.has('e:gartner')).toBe(false);
    expect(question.terms).toContain('e:gartner');
  });

  it('reads a set-up word the story never uses as the message reads it, typo-corrected ("setting" → "sitting")', () => {
    const question = analyseQuestion(index, 'Setting the scene for my listeners before we begin: what is the headline?');
    const unweighed = question.terms.filter((t) => !question.askersThings.has(t) && !t.startsWith('i:'));
    expect(unweighed).toEqual([]);
  });

  it.each([
    ['Setting the scene for my listeners before we begin: what is the headline, word for word?', 'Talk up embedded future'],
    [
      "For the closing segment of our episode, Citrix's Cottingham deserves airtime. In his words, what is the new offering really about?",
      'new offering',
    ],
    [
      'Our round-up at the end of the hour has one slot for the Google item. Potti had a line on Java and Python there. What did he say?',
      'high-risk profiles',
    ],
  ])('answers "%s" as its question alone would be', (message, expected) => {
    const answer = answerQuestion(story, message);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(expected);
  });
});

describe('a question ending on a pointer, after a set-up naming the story’s names', () => {
  it('points into the set-up, which is kept', () => {
    const partner = ask('I see the google story also mentions a partner company. which company was that?');
    expect(partner.answered).toBe(true);
    expect(partner.answer).toContain('Snyk');
  });

  it('is read alone where it names what the pointer stands for', () => {
    const told = ask('I run xen at home. what did aws tell techtarget, and why does the reg mind it?');
    expect(told.answer).not.toContain('Snyk');
  });
});
