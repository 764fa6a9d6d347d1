import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/** "true or false: …": a tag of more than one word opening a claim asks whether it holds, as at the end. */
describe('a claim opened by a tag', () => {
  it.each([
    'true or false: citrix customers flooded the company with questions',
    'is that true - amazon is ditching xen everywhere',
    'True or false, Gartner reckons Oracle is heading to KVM',
  ])('reads "%s" as a yes/no question', (question) => {
    expect(analyseQuestion(index, question).type).toBe('yesno');
  });

  it.each([
    ['true or false: citrix customers have sent lots of queries about the aws news', 'no queries'],
    ['True or false, Gartner reckons Oracle is heading to KVM', 'Oracle is already going to KVM'],
  ])('answers "%s" with what the story says on the claim', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('leaves a tag followed by a question of its own to that question', () => {
    expect(analyseQuestion(index, 'true or false: who said xen is finished').type).not.toBe('yesno');
  });
});
