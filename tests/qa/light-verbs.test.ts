import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { withoutLightVerbs } from '../../src/qa/intensifiers.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/**
 * "when did the board *hold* the call", "who *holds* the title of …": a light verb beside a noun it
 * goes with (an event, a post) asks nothing.
 */
describe('a light verb ("hold the call", "the summit was held", "holds the title of")', () => {
  it('drops it beside a noun of an event, and keeps it with a particle or far from one', () => {
    expect(withoutLightVerbs(language, ['when', 'did', 'they', 'hold', 'the', 'call'])).toEqual([
      'when',
      'did',
      'they',
      'the',
      'call',
    ]);
    expect(withoutLightVerbs(language, ['what', 'held', 'up', 'the', 'call'])).toContain('held');
    expect(withoutLightVerbs(language, ['who', 'holds', 'the', 'patent'])).toContain('holds');
  });

  it.each([
    ['in which month did the advisory board hold its call', 'November'],
    ['where was the google security summit held', 'Google Cloud Security Summit'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('answers "who holds the title of …" with the one who has that post', () => {
    const reply = answerQuestion(story, 'who holds the post of research veep for infrastructure software');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Warrilow');
  });

  it('gives the month as a partial answer to "on what exact date was the board call held"', () => {
    const reply = answerQuestion(story, 'on what exact date was the board call held');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain('November');
  });
});
