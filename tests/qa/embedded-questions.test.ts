import { describe, expect, it } from 'vitest';
import { analyseQuestion, anyUnknown } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/**
 * "can you tell me which outlet AWS talked to" asks which outlet AWS talked to: a yes/no opening
 * with no word of its own before the question word only wraps the question it embeds.
 */
describe('a question embedded in a polite yes/no opening', () => {
  it.each([
    ['can you tell me which outlet aws talked to', 'TechTarget'],
    ['could you tell me which publication amazon gave its later statement to', 'TechTarget'],
    ['i was wondering which outlet aws talked to', 'TechTarget'],
    ['can u tell me which analyst said it was the final nail in the coffin', 'Warrilow'],
    ['would you tell me which company google is partnering with', 'Snyk'],
  ])('answers "%s" as the question it embeds', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('answers the wrapped question as it answers the bare one', () => {
    expect(answerQuestion(story, 'can you tell me which outlet aws talked to').answer).toBe(
      answerQuestion(story, 'which outlet aws talked to').answer,
    );
  });

  it('keeps a yes/no question whose opening has words of its own', () => {
    // "does the reg know why …" asks whether The Register knows: the story says it has no idea.
    expect(answerQuestion(story, 'does the reg know why aws talked to techtarget').answer).toContain('no idea');
    // "do we know what he told the Board" asks whether it is known: the story says it is not.
    expect(answerQuestion(story, 'do we know what schlaeger told the board').answer).toContain("don't know");
  });

  it('still declines an embedded question the story does not answer', () => {
    expect(answerQuestion(story, 'can you tell me which pizza place is best').answered).toBe(false);
    expect(answerQuestion(story, 'i was wondering what the weather is like in seattle').answered).toBe(false);
  });
});

/**
 * "do you know which outlet AWS talked to", "any idea when the call was": knowing asked of the one
 * asked (after "you", "anyone", or "any") wraps the question after it; knowing asked of anyone else
 * ("do we know …") still asks whether it is known.
 */
describe('a question embedded in an opening that asks what the addressee knows', () => {
  it.each([
    ['do you know which publication aws gave its statement to', 'TechTarget'],
    ['would u know which analyst called it the final nail in the coffin', 'Warrilow'],
    ['any idea what the citrix director said', 'Cottingham'],
    ['got any clue which company google is partnering with', 'Snyk'],
    ['do you happen to know which analyst firm warrilow works for', 'Gartner'],
  ])('answers "%s" as the question it embeds', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('answers the wrapped question as it answers the bare one', () => {
    expect(answerQuestion(story, 'any idea which outlet amazon talked to').answer).toBe(
      answerQuestion(story, 'which outlet amazon talked to').answer,
    );
  });

  it('gives the partial answer the bare question gets', () => {
    const reply = answerQuestion(story, 'do you know what day the advisory board call was');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain('November');
  });

  it('still declines what the story does not answer', () => {
    expect(answerQuestion(story, 'any idea which pizza place is best').answered).toBe(false);
    expect(answerQuestion(story, 'do you know when aws was founded').answered).toBe(false);
  });
});

/**
 * "how did the reg learn how the board means to respond": a question word inside a cue's `*` opens a
 * question embedded there, so the cue around it ("how did * respond") asks nothing; the embedded
 * verb ("respond") stays a word of the question.
 */
describe('a question embedded inside a cue', () => {
  it.each([
    "so how did the reg learn how xen's board means to respond to amazon",
    'how did el reg find out when schlaeger addressed the board',
  ])('does not read "%s" with the cue spanning the embedded question', (question) => {
    expect(analyseQuestion(index, question).type).not.toBe('said');
  });

  it('keeps the embedded verb as a word asked about', () => {
    expect(analyseQuestion(index, "so how did the reg learn how xen's board means to respond to amazon").terms).toContain(
      's:reply',
    );
  });
});

/** "remind me who the gartner guy is": a request to be reminded asks the question it embeds. */
describe('a question embedded in a request to be reminded', () => {
  it.each([
    ['remind me who the gartner guy is', 'Michael Warrilow'],
    ['remind me when the story was updated', 'November 24, 2017'],
    ['remind us what warrilow said', 'Michael Warrilow (Gartner)'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});

describe('what is not known, asked with "what"', () => {
  it.each([
    ["What doesn't The Register know about AWS's behaviour?", 'no idea why AWS ignored our requests'],
    ['what does the register not know about aws', 'no idea why AWS ignored our requests'],
  ])('"%s" is answered by the text saying it is not known', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('reads "what … not … know" as asking what is not known, by any question word', () => {
    expect(analyseQuestion(index, "what doesn't the register know about aws").whetherKnown).toBe(anyUnknown);
    expect(analyseQuestion(index, 'what does the register know about aws').whetherKnown).toBeNull();
  });
});
