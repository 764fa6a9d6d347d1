import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { withPreventingRead } from '../../src/qa/preventing.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const words = (text: string) => text.split(' ');

/**
 * "how is the tesla supposed to stop relay attacks": stopping a harm is preventing it, the story's
 * "ideally prevents relayed signals from working"; stopping a doing ("stop investing") is ceasing it.
 */
describe('stopping a harm', () => {
  it('reads a verb of stopping before a harm as preventing', () => {
    expect(withPreventingRead(language.words.preventing, words('how does the car stop relay attacks'))).toEqual(
      words(`how does the car ${language.words.preventing.as} relay attacks`),
    );
  });

  it('leaves stopping a doing alone', () => {
    expect(withPreventingRead(language.words.preventing, words('will aws stop investing in xen'))).toEqual(
      words('will aws stop investing in xen'),
    );
  });

  it.each(['how is the tesla meant to stop relay attacks', 'what is supposed to block relay attacks on the model 3'])(
    'answers "%s" with the latency defence',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('latency');
    },
  );

  it('still answers stopping investment with Cottingham’s words', () => {
    expect(answerQuestion(story, 'will aws stop investing in xen').answer).toContain('stop investing');
  });
});
