import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

/** "weighed in", "chimed in": idioms for commenting say that someone spoke, as "commented" does; they are not searched. */
describe('idioms for commenting', () => {
  it.each(['which analyst firm weighed in', 'which analyst firm chimed in'])(
    'answers "%s" as "which analyst firm commented"',
    (q) => {
      expect(analyse(q).terms.some((t) => t.startsWith('weigh') || t.startsWith('chime'))).toBe(false);
      const reply = ask(q);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('Gartner');
    },
  );
});

/** "btw", "fyi": chat asides, wherever they stand, ask nothing. */
describe('chat asides', () => {
  it.each([
    ['which site is this from btw', 'The Register published the story'],
    ['fyi who is chris schlaeger', 'Chris Schlaeger is with AWS'],
  ])('answers "%s"', (q, expected) => {
    const reply = ask(q);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});

/** "does the Reg accuse AWS of …", "did the LF promise …": verbs of accusing and promising say what someone said. */
describe('verbs of accusing and promising', () => {
  it('reads the one before the verb as the source, the verb not searched', () => {
    const analysed = analyse('does the reg really accuse aws of contradicting itself');
    expect(analysed.source).toBe('the-register');
    expect(analysed.terms.some((t) => t.startsWith('accus'))).toBe(false);
    expect(analyse('did the lf promise anything').source).toBe('linux-foundation');
  });

  it('answers with what the source says', () => {
    const reply = ask('Does the Reg really accuse AWS of contradicting itself?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('a contradiction of its previous posts');
  });
});
