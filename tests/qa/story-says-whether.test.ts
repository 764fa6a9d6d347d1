import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "does the article say AWS will stop investing in Xen" asks whether the story holds it, whoever in
 * the story says it: the article named as the one saying is not The Register's own voice.
 */
describe('a yes/no question asking whether the article says something', () => {
  it.each([
    ['does the article say amazon will stop putting money into xen', 'stop investing in Xen'],
    ['does this story mention aws replacing xen in its existing offerings', 'existing offerings'],
    ['does the piece say kvm is faster than xen', 'not aware'],
  ])('answers "%s" from anyone the story quotes', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it.each([
    ['did the story really say oracle is switching to kvm', 'Oracle already going to KVM'],
    ['does the story really say aws will keep launching platforms on xen', 'both Xen and its new hypervisor'],
  ])('reads an adverb of saying between the article and its verb, in "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('answers as the bare question does', () => {
    expect(answerQuestion(story, 'does the article say aws will stop investing in xen').answer).toBe(
      answerQuestion(story, 'will aws stop investing in xen').answer,
    );
  });

  it('keeps the publication’s voice where The Register itself is named', () => {
    expect(answerQuestion(story, 'does the reg say the future looks grim for xen').answer).toContain('grim');
  });

  it('still declines what the story does not hold', () => {
    expect(answerQuestion(story, 'does the article say microsoft is dropping hyper-v').answered).toBe(false);
  });
});
