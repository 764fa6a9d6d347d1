import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { setsAsideFeature } from '../../src/qa/candidates.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/** "cloud aside, how does …": what a question sets aside before "aside" and a comma is not what it asks about. */
describe('a topic set aside ("cloud aside, …")', () => {
  it('reads the phrase before "aside" or "apart" and its comma as set aside', () => {
    expect(analyseQuestion(index, 'cloud aside, what future does the reg see for xen').setAsideTopics).toContain('s:cloud');
    expect(analyseQuestion(index, 'so, servers apart, where is xen heading').setAsideTopics.length).toBeGreaterThan(0);
    // "besides cars, which industries …" rules cars out of a list; it sets nothing aside.
    expect(analyseQuestion(index, 'besides cars, which industries does bulpin name').setAsideTopics).toEqual([]);
    expect(analyseQuestion(index, 'what future does the reg see for xen in the cloud').setAsideTopics).toEqual([]);
  });

  it('marks a text setting something aside itself ("rather than cloud servers")', () => {
    const plan = index.facts.find((f) => f.answer.includes('rather than cloud servers'));
    const grim = index.facts.find((f) => f.answer.includes('future looks grim'));
    expect(plan?.features.has(setsAsideFeature)).toBe(true);
    expect(grim?.features.has(setsAsideFeature)).toBe(false);
  });

  it.each([
    ['cloud aside, how does the reg see the future for xen', 'billions of devices'],
    ['ok, the cloud aside, how does the article rate the hypervisor’s long-term prospects', 'billions of devices'],
  ])('answers "%s" with what lies beyond the topic set aside', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});
