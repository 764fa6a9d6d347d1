import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { withDoSupport } from '../../src/qa/do-support.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('a contracted question word before a subject and a bare verb', () => {
  it('reads "\'s" as "does" and "\'d" as "did", apostrophe typed, curly or dropped', () => {
    expect(withDoSupport(language, "what's it mean")).toBe('what does it mean');
    expect(withDoSupport(language, 'whats the register think of this')).toBe('what does the register think of this');
    expect(withDoSupport(language, 'where’s Bulpin work')).toBe('where does Bulpin work');
    expect(withDoSupport(language, "what'd the Gartner man say about oracle")).toBe('what did the Gartner man say about oracle');
  });

  it('answers what the subject stands for, not a sentence merely holding it', () => {
    const reply = ask('whats BLE stand for in the tesla story');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Bluetooth Low Energy');
  });

  it('leaves "is" where a preposition follows: no subject opens with one', () => {
    expect(withDoSupport(language, "who's in charge of xenserver product management")).toBe(
      "who's in charge of xenserver product management",
    );
    const reply = ask('whos in charge of xenserver product mgmt at citrix');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('David Cottingham');
  });

  it('leaves "is" where no bare verb follows a subject', () => {
    for (const question of [
      "where's capstone headed",
      "what's aws replacing xen with",
      "what's the deal with nitro",
      "what's AWS's plan for xen",
      "what's the thing they use to unlock the car",
      "what's the xen project doing now",
      "who's michael warrilow",
      "what's BLE short for",
      "whats the actual name of amazon's new hypervisor",
      "what's the exact title of bulpin",
    ])
      expect(withDoSupport(language, question)).toBe(question);
  });

  it('declines to name the new hypervisor however exactly its name is asked for', () => {
    const reply = ask("whats the actual name of amazon's new hypervisor");
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain("doesn't name");
  });

  it('takes a verb after a verb-like noun of the subject as the verb', () => {
    expect(withDoSupport(language, "what's the xen project say about aws")).toBe('what does the xen project say about aws');
  });
});
