import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { withoutEventVerbs } from '../../src/qa/intensifiers.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/** "when did the board *hold* the call": a verb only saying an event took place asks nothing beside the event. */
describe('a verb saying an event took place ("hold the call", "the summit was held")', () => {
  it('drops it beside a noun of an event, and keeps it with a particle or far from one', () => {
    expect(withoutEventVerbs(language, ['when', 'did', 'they', 'hold', 'the', 'call'])).toEqual([
      'when',
      'did',
      'they',
      'the',
      'call',
    ]);
    expect(withoutEventVerbs(language, ['what', 'held', 'up', 'the', 'call'])).toContain('held');
    expect(withoutEventVerbs(language, ['who', 'holds', 'the', 'patent'])).toContain('holds');
  });

  it.each([
    ['in which month did the advisory board hold its call', 'November'],
    ['where was the google security summit held', 'Google Cloud Security Summit'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('gives the month as a partial answer to "on what exact date was the board call held"', () => {
    const reply = answerQuestion(story, 'on what exact date was the board call held');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain('November');
  });
});
