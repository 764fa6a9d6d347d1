import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { getLexicon } from '../../src/qa/lexicon.js';
import { compileValueDetector } from '../../src/qa/values.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('"where is X headed" asks for a destination', () => {
  const values = compileValueDetector(getLexicon());

  it('reads a place after a verb of sending or a noun of a journey as a destination', () => {
    expect(values.valuesIn('The agency sent the probe to Mars.').has('destination')).toBe(true);
    expect(values.valuesIn('a long voyage towards the Sun').has('destination')).toBe(true);
  });

  it('does not read a change of platform, a recipient or a common noun as one', () => {
    expect(values.valuesIn('Acme is already going to KVM.').has('destination')).toBe(false);
    expect(values.valuesIn('he said in response to The Register').has('destination')).toBe(false);
    expect(values.valuesIn('it sends signals to the vehicle').has('destination')).toBe(false);
  });

  it('asks for a destination and does not search the verb of motion', () => {
    const question = analyse('where is the capstone spacecraft travelling');
    expect(question.wants).toBe('destination');
    expect(question.type).toBe('where');
    expect(question.terms).not.toContain('travel');
  });

  it('answers with the journey the story gives', () => {
    const answer = ask('where is capstone travelling');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('to the Moon');
  });

  it('declines where the story gives the thing asked about no destination', () => {
    const answer = ask('where is the tesla model 3 headed');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain("doesn't say where to");
  });

  it('does not answer with someone else going somewhere', () => {
    expect(ask('where is aws going').answer).not.toContain('Oracle is already going');
  });
});

describe('"who figured out X" asks who found it out', () => {
  it('reads a verb of solving in a "who" question as finding out', () => {
    expect(analyse('who worked out the tesla relay trick').terms).toContain('s:discover');
    expect(analyse('who worked out the tesla relay trick').terms).not.toContain('s:no_idea');
  });

  it('answers with whoever the story says discovered it', () => {
    const answer = ask('who worked out the bluetooth relay attack on the tesla');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('NCC Group');
  });

  it('keeps the reading of not knowing where the question negates or asks whether', () => {
    expect(analyse("who couldn't work out why aws spoke to techtarget").terms).toContain('s:no_idea');
    const whether = ask('has the register worked out why aws answered techtarget');
    expect(whether.answer).toContain('no idea');
  });

  it('does not make the story name a solver it never names', () => {
    expect(ask('who solved the xen pricing problem').answered).toBe(false);
  });
});

describe('nouns of a protective measure are one group with "defence"', () => {
  it('answers a question naming the defence in other words', () => {
    const answer = ask('what safeguard does the tesla use to stop relayed signals');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('latency');
    expect(ask("how can a crook defeat the tesla's latency check").answer).toContain('cutting');
  });

  it('does not make the story give a check it never mentions', () => {
    expect(ask('what security checks does capstone have').answered).toBe(false);
    expect(ask('did the register check with aws before publishing').answered).toBe(false);
  });
});

describe('a yes/no clause after the question is a guess at the answer', () => {
  it('weighs the words only the guess holds as background', () => {
    expect([...analyse('what delayed capstone, was it the weather?').background]).toContain('weather');
    expect([...analyse('what delayed capstone').background]).toEqual([]);
  });

  it('answers the question, which may correct the guess', () => {
    const answer = ask('what delayed capstone, was it the weather?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('certifying');
  });

  it('still refuses a guess naming something the story never mentions', () => {
    const answer = ask('which hypervisor is aws moving to, is it nitro?');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain('nitro');
  });
});

describe('a related story asked for by a name of the footer or as a related link', () => {
  it.each([
    ['tagline on the google teaser?', 'Java and Python packages are the first'],
    ["what's the google story in the related links about", 'Assured Open Source'],
  ])('answers "%s" with that teaser', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it("still answers the page's own footer", () => {
    expect(ask("what's the slogan at the bottom of the page").answer).toContain('Biting the hand that feeds IT');
  });

  it('reads the tagline of a related story as its strapline, not the footer', () => {
    const terms = analyse("what's the tagline of the tesla story").terms;
    expect(terms).toContain('i:standfirst');
    expect(terms).not.toContain('i:footer');
  });
});

/** "what's in the tesla one", "and the nasa one?": "one" after a word of a teaser's headline stands for that story. */
describe('a teaser named as "the <word> one"', () => {
  it.each([
    ["so what's in the google one", 'Google assuring open-source code'],
    ['what does the tesla one say', 'Pentester pops open Tesla Model 3'],
    ['and the nasa one?', "Rocket Lab is taking NASA's CAPSTONE to the Moon"],
  ])('answers "%s" with that teaser', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('leaves "one" that follows no word of a teaser\'s headline a pronoun', () => {
    expect(analyseQuestion(getIndex(story), 'is kvm the new one').terms).not.toContain('i:related');
  });
});
