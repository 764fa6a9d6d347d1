import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a name answers a naming question only where it names the noun asked about', () => {
  it('does not take a name that modifies another noun in the sentence ("NVMe-enabled servers" for the KVM cut)', () => {
    const answer = ask("what's the name of the kvm derivative amazon came up with");
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain("doesn't name the kvm derivative");
  });

  it('does not take a link or a name far from the noun for the name of a series', () => {
    const answer = ask('whats the name of the new post series the xen folks started');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain("doesn't name the new post series");
    expect(answer.answer).not.toMatch(/^After the call/);
  });

  it('takes a name in apposition after the noun ("the pad, Launch Complex 2")', () => {
    const answer = ask('what is the launch pad called in the capstone story');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Launch Complex 2');
  });

  it('takes a name after a verb of naming, however far the noun is before it', () => {
    const answer = ask("what's the new google service's name");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('is called Assured Open Source Software');
  });

  it('takes a name before a compound noun\'s head ("Photon satellite bus")', () => {
    const answer = ask('what do they call the satellite bus in the moon mission teaser');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Photon');
  });
});
