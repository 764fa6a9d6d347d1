import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { getLexicon } from '../../src/qa/lexicon.js';
import { compileValueDetector } from '../../src/qa/values.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

/** "where was it posted" asks where something appeared: a venue (a mailing list, the minutes, a summit). */
describe('a venue as an answer type', () => {
  const values = compileValueDetector(getLexicon());

  it('finds a venue a few words after its preposition', () => {
    expect(values.valuesIn('messages on the Xen Project Advisory Board Mailing List revealed it').has('venue')).toBe(true);
    expect(values.valuesIn('not be included in the minutes of the meeting').has('venue')).toBe(true);
    expect(values.valuesIn('announced today at the Google Cloud Security Summit').has('venue')).toBe(true);
  });

  it('finds none where the phrase after the preposition names no venue', () => {
    expect(values.valuesIn('making inroads in the embedded, security and automotive space').has('venue')).toBe(false);
    expect(values.valuesIn('grow in new use-cases such as edge computing').has('venue')).toBe(false);
  });

  it('reads "where … posted" and "… shared where" as asking for a venue, the verb not searched', () => {
    const index = getIndex(story);
    for (const q of ['where did the LF share its social media template', 'the template was posted where'])
      expect(analyseQuestion(index, q)).toMatchObject({ type: 'where', wants: 'venue' });
    expect(analyseQuestion(index, 'where did the LF share its social media template').terms).not.toContain('share');
  });

  it.each([
    ['where did the linux foundation share the members template', 'mailing list'],
    ["the lf's members template was shared where", 'mailing list'],
    ["where did the board's response plan surface", 'Mailing List'],
    ['where was google’s new assured open source service unveiled at', 'Google Cloud Security Summit'],
  ])('answers "%s" with the venue', (question, venue) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(venue);
  });

  it('declines with what the story does say where it names no venue', () => {
    const reply = ask('where did aws publish its kvm plan');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain("doesn't say where it appeared");
  });
});
