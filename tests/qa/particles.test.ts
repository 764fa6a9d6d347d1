import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { withParticlesBesideVerbs } from '../../src/qa/particles.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const words = (typed: string) => typed.split(' ');

/** "did amazon walk any of this back": a phrasal verb's particle after its object is still the verb's. */
describe('a particle standing apart from its verb', () => {
  it.each([
    ['did amazon walk any of this back later', 'did amazon walk back any of this later'],
    ['did aws walk it back', 'did aws walk back it'],
  ])('reads "%s" as "%s"', (typed, read) => {
    expect(withParticlesBesideVerbs(language, words(typed))).toEqual(words(read));
  });

  it.each([
    'did aws pull its engineers off xen',
    'how many seats does aws have on the xen board',
    'did aws walk the dog back home',
    'which tesla feature gets tricked in the relay attack',
    'how does the model 3 know the paired phone has gone too far away',
  ])('leaves "%s" alone: there the particle is a preposition, or its verb makes no phrase with it', (typed) => {
    expect(withParticlesBesideVerbs(language, words(typed))).toEqual(words(typed));
  });

  it('answers a phrasal verb split by its object as the verb whole', () => {
    const reply = answerQuestion(story, 'did amazon walk any of this back later');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('contradiction');
  });
});
