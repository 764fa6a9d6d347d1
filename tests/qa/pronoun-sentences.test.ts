import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const factStarting = (text: string) => getIndex(story).facts.find((f) => f.answer.startsWith(text));

describe('a sentence opening with a pronoun refers to the sentence before it', () => {
  it('gives it the terms of the sentence before, in its paragraph or the last of the paragraph before', () => {
    // "We're told it will initially focus …": "it" is "the new service" of the sentence before.
    expect(factStarting("We're told it will initially focus")?.refersBack?.terms.has('servic')).toBe(true);
    // "These two programming languages …" opens a paragraph: the paragraph before named Java and Python's packages.
    expect(factStarting('These two programming languages')?.refersBack?.terms.has('s:initial')).toBe(true);
  });

  it('reads no reference in a dummy "it" nor in a pronoun after the name it stands for', () => {
    expect(factStarting("It's been quite a journey")?.refersBack).toBeUndefined();
    expect(factStarting('Sadly, Schlaeger requested his remarks')?.refersBack).toBeUndefined();
  });

  it('answers a question naming what the pronoun stands for', () => {
    const answer = ask("what packages will google's new service start with");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Java and Python');
  });

  it('lets a fact saying it in its own words win a tie', () => {
    const answer = ask('exactly how many packages does assured open source software cover at first');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain('Java and Python');
  });
});

describe('an answer whose pronoun stands for what is asked shows what it stands for', () => {
  it('shows the sentence before a sentence answering through its pronoun', () => {
    // "These two programming languages" are the Java and Python of the sentence before.
    const answer = ask("what are the two languages google's service starts with");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('These two programming languages');
    expect(answer.answer).toContain('Java and Python');
  });

  it('cites the paragraph the sentence before stands in', () => {
    const answer = ask("what are the two languages google's service starts with");
    const antecedent = factStarting("We're told it will initially focus");
    expect(answer.sources.map((s) => s.paragraph)).toContain(antecedent?.sources[0]?.paragraph);
  });

  it('shows a sentence alone when the question asks nothing it holds only through its pronoun', () => {
    // "It will initially focus on Java and Python packages": what is asked is in the sentence itself.
    const [first] = ask('what packages will it focus on at first').answer.split('\n\n');
    expect(first).toContain('It will initially focus on Java and Python packages');
    expect(first).not.toContain('\n> ');
  });
});
