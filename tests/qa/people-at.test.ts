import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('"who at <organisation>" asks for one of its people', () => {
  it('reads "who", a preposition of affiliation and an organisation as asking for a person', () => {
    expect(analyse('who at techtarget took the amazon statement').wants).toBe('person');
    expect(analyse('who from the linux foundation wrote back').wants).toBe('person');
    expect(analyse('who told techtarget about the hypervisor').wants).toBeNull();
  });

  it('declines where the story names nobody there, with what it does say', () => {
    const outlet = ask('who at techtarget took the amazon statement');
    expect(outlet.answered).toBe(false);
    expect(outlet.partial?.answer).toContain("doesn't give a name");
    expect(ask('who from the linux foundation sent the reg that statement').answered).toBe(false);
    // Whom-told questions too: "talked to" makes it ask a recipient, but "who at AWS" asks a person.
    expect(ask('who at amazon gave techtarget the comment').answered).toBe(false);
  });

  it('answers with the person the story names there', () => {
    expect(ask('who at citrix spoke to el reg').answer).toContain('Cottingham');
    expect(ask('who from amazon explained its plans to the advisory board').answer).toContain('Schlaeger');
  });

  it('reads "who exactly at", "which person from" and "the name of the man at" as asking the same', () => {
    for (const q of [
      'who exactly at aws gave techtarget the quote',
      'which person from linux foundation sent the statement',
      "what's the name of the lady or man at the linux foundation who sent the statement",
    ]) {
      expect(analyse(q).wants, q).toBe('person');
      const reply = ask(q);
      expect(reply.answered, q).toBe(false);
      expect(reply.partial?.answer, q).toContain("doesn't give a name");
    }
    expect(ask("what's the name of the man at gartner").answer).toContain('Michael Warrilow');
  });
});
