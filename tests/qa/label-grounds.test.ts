import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { asksGrounds } from '../../src/qa/ignorance.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const words = (question: string) => question.toLowerCase().split(' ');

/**
 * "why is the update's statement a contradiction": the grounds of a label the story puts on something,
 * which it gives with the label, unlike why someone acted, which the story says it does not know.
 */
describe('why a label applies', () => {
  it.each([
    'why is the aws statement to techtarget a contradiction',
    'why does el reg call the update a contradiction',
    'why would that count as a contradiction',
  ])('reads "%s" as asking for grounds', (question) => {
    expect(asksGrounds(language, words(question))).toBe(true);
  });

  it.each(['why did aws contradict itself', 'why did aws go to techtarget'])('reads "%s" as asking for a motive', (question) => {
    expect(asksGrounds(language, words(question))).toBe(false);
  });

  it('answers the grounds of a label with the fact putting it', () => {
    const reply = answerQuestion(story, 'why is the aws statement to techtarget a contradiction');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('previous posts');
  });

  it('still says the story does not know why AWS acted', () => {
    const reply = answerQuestion(story, 'why did aws give techtarget a comment but not the register');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer ?? reply.answer).toContain('no idea why');
  });
});

/** "why does the Reg say AWS contradicted itself": a view held now asks for its grounds too. */
describe('why someone holds a view', () => {
  it.each(['why does the reg say aws contradicted itself', 'why do they reckon xen is doomed'])(
    'reads "%s", a verb of saying or thinking in the present tense, as asking for grounds',
    (question) => {
      expect(asksGrounds(language, words(question))).toBe(true);
    },
  );

  it.each(['why did aws say nothing to the reg', 'why would aws say both things'])(
    'reads "%s", the past or a modal, as asking why someone acted',
    (question) => {
      expect(asksGrounds(language, words(question))).toBe(false);
    },
  );

  it("answers with the publication's own claim, though it reports another's words", () => {
    const reply = answerQuestion(story, 'why does the reg say amazon contradicted itself');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('a contradiction of its previous posts');
  });

  it('answers why it sees a bleak future with the grounds it gives', () => {
    const reply = answerQuestion(story, "why does the reg reckon xen's long term future at amazon looks bad");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('NVMe-enabled servers');
  });
});
