import { describe, expect, it } from 'vitest';
import { withoutAsides } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/** "from an investor's point of view, …": the viewpoint the asker takes is no part of what is asked. */
describe("the asker's viewpoint", () => {
  it.each([
    ["from a shareholder's point of view, what did gartner say", 'what did gartner say'],
    ['what did citrix say, from an ops perspective', 'what did citrix say'],
    ['from the customer standpoint what does aws say now', 'what does aws say now'],
  ])('drops it from "%s"', (question, left) => {
    expect(withoutAsides(language, question)).toBe(left);
  });

  it("keeps a viewpoint that is one of the story's names, and a plain 'from'", () => {
    expect(withoutAsides(language, "from gartner's perspective, what happens to xen")).toContain('gartner');
    expect(withoutAsides(language, 'where did capstone launch from')).toBe('where did capstone launch from');
  });

  it.each([
    ["from a shareholder's point of view, what did the analyst think this means for xen", 'Warrilow'],
    ['what did citrix say about benchmarks, from an ops perspective', 'benchmarking'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});
