import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a date placed by "before" or "after" is a point of reference, not the date of what is reported', () => {
  it('finds no month or year in a date after a relative preposition, but still a time', () => {
    const { values } = getIndex(story).language;
    const before = values.valuesIn('Before the November call: the documents leaked');
    expect(before.has('month')).toBe(false);
    expect(values.hasDate('Before the November call: the documents leaked')).toBe(true);
    expect(values.valuesIn('the project has shipped since 2013').has('year')).toBe(false);
    expect(values.valuesIn('the board met in November 2017').has('month')).toBe(true);
  });

  it("declines a month asked of what the story dates only by another event's month", () => {
    const reply = ask('in which month did amazon first adopt xen');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain("doesn't give the month");
  });

  it('still answers the month of what the story dates', () => {
    expect(ask('which month was the advisory board call').answer).toContain('November');
    expect(ask('when did the reg first report the kvm plan').answered).toBe(true);
  });
});
