import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { withoutOfferedChoices } from '../../src/qa/offered-choices.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/** "which of these firms …: Oracle, IBM or Microsoft?": a quiz question offering its own choices. */
describe('a question offering its own choices', () => {
  it.each([
    [
      'Which of these firms is already moving to KVM, per Gartner: Oracle, IBM or Microsoft?',
      'Which firms is already moving to KVM, per Gartner?',
    ],
    ['who spoke for the xen project - citrix, the linux foundation or gartner?', 'who spoke for the xen project?'],
    [
      'which of the following did bulpin name as a xen market: farming / aerospace / retail',
      'which did bulpin name as a xen market?',
    ],
  ])('reads "%s" as "%s"', (typed, read) => {
    expect(withoutOfferedChoices(index.language, typed)).toBe(read);
  });

  it.each([
    'how does the reg end the main story re: xen and all those edge devices',
    'what did gartner say: is xen finished or not?',
    'which hypervisor: kvm',
    'tell me this: who spoke for the xen project, citrix or the linux foundation',
  ])('leaves "%s" as it is: no list of short choices after a question asking for one', (typed) => {
    expect(withoutOfferedChoices(index.language, typed)).toBe(typed);
  });

  it('does not decline over a choice the story never names', () => {
    expect(
      analyseQuestion(index, 'Which of these firms is already moving to KVM, per Gartner: Oracle, IBM or Microsoft?')
        .unknownNames,
    ).toEqual([]);
  });

  it.each([
    ['Which of these firms is already moving to KVM, per Gartner: Oracle, IBM or Microsoft?', 'Oracle'],
    ['which of the following did bulpin name as a new market for xen: farming, aerospace or retail', 'aerospace'],
  ])('answers "%s" with what the story says', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});

/** "where was bulpin quoted? in the reg or somewhere else": the asker's guesses after a whole question. */
describe('choices guessed after a question mark', () => {
  it.each([
    ['where did the board plan come out? in the minutes or on a mailing list', 'where did the board plan come out?'],
    ['who runs xenserver at citrix? maybe bulpin or cottingham', 'who runs xenserver at citrix?'],
    // The hedge is no part of the first choice, which is short enough without it.
    [
      'what kind of meeting did schlaeger address? like a big board call or a dev summit',
      'what kind of meeting did schlaeger address?',
    ],
  ])('reads "%s" as "%s"', (typed, read) => {
    expect(withoutOfferedChoices(index.language, typed)).toBe(read);
  });

  it('keeps a yes/no question’s alternatives, which are its own', () => {
    const typed = 'is the kvm thing for new instances? or old ones too';
    expect(withoutOfferedChoices(index.language, typed)).toBe(typed);
  });

  it('answers with what the story says', () => {
    const reply = answerQuestion(story, 'who runs xenserver product management at citrix? maybe bulpin or cottingham');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('David Cottingham');
  });
});
