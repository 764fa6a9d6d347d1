import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('when an earlier article came out is not when this one did', () => {
  it('declines a "when" question asking only when an earlier article came out', () => {
    for (const q of [
      'when was the first register piece published',
      'when was the earlier piece posted',
      'when did the previous story go live',
      // The story names its earlier article "our first story": its readers do too.
      'so when did the first story come out',
    ]) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(false);
      expect(answer.answer, q).not.toContain('November 22, 2017');
    }
  });

  it('still dates this article, the original one included', () => {
    expect(ask('when did the original article come out').answer).toContain('November 22, 2017');
    expect(ask('when did this piece go live').answer).toContain('November 22, 2017');
  });

  it('still answers what happened after the earlier article', () => {
    const asked = ask('when did the register ask aws for an interview after the earlier story');
    expect(asked.answered).toBe(true);
    expect(asked.answer).toContain('12 days');
  });
});

describe('an earlier article named with what it was about', () => {
  it('has no headline of this article', () => {
    const answer = ask("what was the headline of el reg's first xen kvm article");
    expect(answer.answered).toBe(false);
    expect(answer.answer).not.toContain('Talk up embedded future');
  });

  it('keeps what the story says of it for a "when" question', () => {
    const answer = ask("when did the reg's first aws hypervisor story go up");
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain('first story');
  });
});
