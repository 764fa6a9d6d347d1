import { describe, expect, it } from 'vitest';
import { storyInitialisms } from '../../src/qa/abbreviations.js';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { SpellIndex } from '../../src/qa/text.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);

describe('typos in short question words', () => {
  const vocabulary = new Map([
    ['which', 3],
    ['why', 2],
    ['then', 4],
    ['hypervisor', 1],
  ]);
  const stopwords = new Set(['which', 'why', 'then']);
  const interrogatives = new Set(['which', 'why']);
  const correctable = (w: string) => !stopwords.has(w);

  it('are corrected to the question word one typo away', () => {
    const spell = new SpellIndex(vocabulary, 5, correctable, stopwords, { minLength: 4, targets: interrogatives });
    expect(spell.correct('wich')).toBe('which');
    expect(spell.correct('whay')).toBe('why');
  });

  it('are left alone without the short-word targets', () => {
    const spell = new SpellIndex(vocabulary, 5, correctable, stopwords);
    expect(spell.correct('wich')).toBeNull();
  });

  it('never turn a short word into a stopword that asks nothing', () => {
    const spell = new SpellIndex(vocabulary, 5, correctable, stopwords, { minLength: 4, targets: interrogatives });
    expect(spell.correct('thin')).toBeNull();
  });

  it('set the question type in the engine', () => {
    expect(analyseQuestion(shipped, 'wich outlet did aws give its statement to').kind?.noun).toBe('outlet');
    const reply = ask('wich outlet did aws give its statement to');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('TechTarget');
  });

  it('still decline a question the story does not answer', () => {
    expect(ask('wich company founded amazon').answered).toBe(false);
  });
});

describe('initials of the story’s names', () => {
  const prose = ['Boats sail from Port Chalmers in New Zealand. Old Harbour is closed.', 'The Blue Line goes to Port Chalmers.'];

  it('stand for a name of two or more capitalised words inside a sentence, or a listed name', () => {
    const found = storyInitialisms(prose, ['Mary Jane Smith'], () => false);
    expect(found.get('nz')).toBe('New Zealand');
    expect(found.get('pc')).toBe('Port Chalmers');
    expect(found.get('bl')).toBe('Blue Line');
    expect(found.get('mjs')).toBe('Mary Jane Smith');
  });

  it('leave out a sentence’s capitalised first word, initials two names share, and initials that are a word', () => {
    const found = storyInitialisms([...prose, 'It went via Paris Central.'], [], (initials) => initials === 'bl');
    expect(found.has('oh')).toBe(false);
    expect(found.has('pc')).toBe(false);
    expect(found.has('bl')).toBe(false);
  });

  it('let a hurried question name someone by their initials', () => {
    const reply = ask('what did MW say about oracle');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Warrilow');
    expect(analyseQuestion(shipped, 'where is the RL launch pad in NZ').terms).toContain('e:rocket-lab');
  });

  it('read initials typed in lower case only where they have no vowel and are not a person’s', () => {
    expect(analyseQuestion(shipped, 'where is the rl launch pad').terms).toContain('e:rocket-lab');
    const moved = ask('why was capstone moved to nz');
    expect(moved.answered).toBe(true);
    expect(moved.answer).toContain('Flight Termination System');
    // A person's initials in lower case may be a word of their own: "dc" a data centre, "cs" computer science.
    expect(analyseQuestion(shipped, 'what did dc say').terms).not.toContain('e:david-cottingham');
    expect(analyseQuestion(shipped, 'what did DC say').terms).toContain('e:david-cottingham');
  });

  it('do not make an off-topic question about the named thing answerable', () => {
    expect(ask('what is the population of NZ').answered).toBe(false);
  });
});

describe('a lone letter (a spelling hint)', () => {
  it('is neither a name the story never mentions nor a word it lacks', () => {
    const analysed = analyseQuestion(shipped, 'the rocket lab satellite bus, its name starts with a P, what is it');
    expect(analysed.unknownNames).toEqual([]);
    expect(analysed.terms).not.toContain('p');
  });

  it('no longer sinks the question it helps to ask', () => {
    const reply = ask('which satellite bus does rocket lab use? starts with P');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Photon');
  });

  it('leaves the rest of an off-topic question to decline it', () => {
    expect(ask('which company starts with a C and sells xenserver').answered).toBe(false);
    expect(ask('what is vitamin C').answered).toBe(false);
  });
});
