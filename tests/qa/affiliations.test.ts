import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { stem } from '../../src/qa/text.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a person asked about by the firm they are at', () => {
  it('answers "which <kind of> firm is X at" with their profile, where a word of the kind is also an alias of theirs', () => {
    const answer = ask('which analyst firm does warrilow work at');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain("Gartner's research veep");
  });

  it('still does not answer "who replaced X at Y" with X\'s own profile', () => {
    expect(ask('who replaced schlaeger at aws').answered).toBe(false);
  });
});

describe('"according to X" names whose word answers', () => {
  it("answers from the source's own quote, ahead of what others report of it", () => {
    const cases = [
      ['according to the citrix director, what have customers asked about aws', 'David Cottingham (Citrix), to The Register'],
      ['according to warrilow, what is oracle doing', 'Michael Warrilow (Gartner), to The Register'],
    ] as const;
    for (const [question, opening] of cases) {
      const answer = ask(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.answer.startsWith(opening), question).toBe(true);
    }
  });

  it('asks about what follows, not about the source: "according to X, who …" names someone else', () => {
    const answer = ask('according to warrilow who is going to kvm too');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Oracle');
  });

  it('still declines what the story never says, whoever it is according to', () => {
    for (const question of ['according to nasa, who founded amazon', 'according to cottingham, what is the capital of france'])
      expect(ask(question).answered, question).toBe(false);
  });
});

describe('"what type of <noun>" asks which <noun>', () => {
  const index = getIndex(story);
  const typeTerm = stem('type', index.language.stems);

  it('does not search the noun of kind right after the question word', () => {
    for (const question of ['what type of attack beats the tesla entry system', 'which variety of hypervisor does aws run']) {
      const { terms } = analyseQuestion(index, question);
      expect(terms, question).not.toContain(typeTerm);
      expect(terms, question).not.toContain(stem('variety', index.language.stems));
    }
  });

  it('still searches "type" where it is the thing asked about', () => {
    expect(analyseQuestion(index, 'what new types did aws launch').terms).toContain(typeTerm);
  });

  it('answers "what type of attack" from the text about the attack', () => {
    const answer = ask('what type of attack hit the passive entry of tesla');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('relay');
  });
});

describe('"-wise" after a word asks about that word', () => {
  it('answers "what is X doing <noun>-wise" as a question about the noun', () => {
    const cases = [
      ['what is aws doing hypervisor-wise', 'hypervisor'],
      ['how is xen doing security-wise', 'security'],
    ] as const;
    for (const [question, word] of cases) {
      const answer = ask(question);
      expect(answer.answered, question).toBe(true);
      expect(answer.answer, question).toContain(word);
    }
  });

  it('drops the suffix only: what the story never says about the word still declines', () => {
    const { terms } = analyseQuestion(getIndex(story), 'what is oracle doing price-wise');
    expect(terms).not.toContain(stem('wise', getIndex(story).language.stems));
    expect(ask('what is oracle doing price-wise').answered).toBe(false);
  });
});

/**
 * "where does Warrilow work" asks his employer, not a place: "where" with a verb of working asked of
 * a person reads as his role; "who works at Citrix" asks for its people.
 */
describe('where someone works, and who works somewhere', () => {
  it.each([
    ['where does warrilow work', 'Gartner'],
    ['where does cottingham work?', 'Citrix'],
    ['where is sunil potti employed', 'Google'],
  ])('answers "%s" with the employer', (question, employer) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(employer);
  });

  it('names the people who work at an organisation', () => {
    const reply = answerQuestion(story, 'who works at citrix');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Bulpin');
    expect(reply.answer).toContain('Cottingham');
  });

  it('still asks a place where the verb is not one of working', () => {
    const reply = answerQuestion(story, 'where is cottingham based');
    expect(reply.answered).toBe(false);
  });
});

/** "list the people quoted", "what people are quoted": requests and "what" before people ask who. */
describe('a request or "what" before a noun for people', () => {
  it.each(['list the people quoted', 'name everyone quoted in the article', 'what people are quoted'])(
    'answers "%s" with everyone the story quotes',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toMatch(/quotes \d+ people/);
    },
  );
});
