import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { comparedParts, contrastedParts } from '../../src/qa/comparisons.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { comparison } = getIndex(story).language.words;

/** "what's the difference between X and Y": the question asked of each side, the two answers side by side. */
describe('the difference between two things', () => {
  it('asks the question of each side, keeping what opens it', () => {
    expect(contrastedParts(comparison, 'so what is the main difference between the Mahia pad and the Wallops one?')).toEqual([
      'so what is the Mahia pad',
      'so what is the Wallops one?',
    ]);
    expect(contrastedParts(comparison, 'distinction between Bulpin vs Cottingham')).toEqual(['Bulpin', 'Cottingham']);
  });

  it('leaves a question naming no two things whole', () => {
    expect(contrastedParts(comparison, 'what difference does the move make to xen')).toBeNull();
    expect(contrastedParts(comparison, 'is there a difference between them and')).toBeNull();
  });

  it('answers with what the story says of each side', () => {
    const reply = answerQuestion(story, 'tell me the difference between launch complex 2 and launch complex 1');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Mahia');
    expect(reply.answer).toContain('Wallops');
  });

  it('gives both people their own role', () => {
    const reply = answerQuestion(story, 'key differences between the jobs of james bulpin and david cottingham?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('senior director of technology');
    expect(reply.answer).toContain('XenServer product management');
  });

  it('still declines a difference the story never touches', () => {
    expect(answerQuestion(story, "what's the difference between a type 1 and a type 2 hypervisor").answered).toBe(false);
  });
});

/** "how does X's take compare with what Y thinks": each side asked on its own, the two answers side by side. */
describe('one thing compared with another', () => {
  it('splits at the phrase of comparing, dropping "how does" from the first side', () => {
    expect(comparedParts(comparison, "how does citrix's take on the aws move compare with what gartner thinks")).toEqual([
      "citrix's take on the aws move",
      'what gartner thinks',
    ]);
    expect(comparedParts(comparison, 'what did citrix say')).toBeNull();
  });

  it("answers with both sides' words", () => {
    const reply = answerQuestion(story, "how does citrix's take on the aws move compare with what gartner thinks");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('David Cottingham (Citrix)');
    expect(reply.answer).toContain('Michael Warrilow (Gartner)');
  });

  it('leaves a comparison whose other side is no question to the comparatives', () => {
    expect(answerQuestion(story, 'is xen faster compared to kvm').answer).toContain('no benchmark shows KVM beating Xen');
  });

  it('declines a comparison with something the story never names', () => {
    expect(answerQuestion(story, "how does microsoft azure's hypervisor compare to what aws is doing").answered).toBe(false);
  });
});
