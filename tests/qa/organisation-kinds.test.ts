import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('"which shop" asks for an organisation, as "which firm" does', () => {
  it('reads a shop, a security shop, as a kind of organisation', () => {
    expect(analyse('which shop demonstrated the tesla relay attack').kind?.members).toEqual(['@org']);
    expect(analyse('which security shop was behind the bluetooth relay').kind?.members).toEqual(['@org']);
  });

  it('answers with the organisation the teaser names', () => {
    const answer = ask('which shop was behind the tesla car hack');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/NCC/);
  });

  it("answers the other teaser's shop by its name", () => {
    const answer = ask('what security shop teamed up with google');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Snyk');
  });
});

describe('an organisation asked for is one the answer names in its own words', () => {
  it('does not answer with a sentence that only sits in a paragraph naming one', () => {
    // "This shouldn't normally happen …" sits beside NCC Group's sentence but names nobody.
    const answer = ask('which security shop did the tesla car hack');
    expect(answer.answered).toBe(true);
    expect(answer.answer.split('\n')[0]).toMatch(/NCC/);
  });
});

describe('"which player", "which backer" ask for an organisation, as "which company" does', () => {
  it('reads a player or a backer as a kind of organisation', () => {
    expect(analyse('which other player is heading to kvm').kind?.members).toEqual(['@org']);
    expect(analyse('which backers did xen lose').kind?.members).toEqual(['@org']);
  });

  it('answers with the organisation the story names', () => {
    const answer = ask('apart from aws, which big player is also going kvm');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Oracle');
  });
});

describe('more nouns for an organisation: a house, an org, a provider, a corporation, a startup', () => {
  it.each(['which analyst house commented', 'which corporation is moving to kvm', 'which provider is moving to kvm'])(
    'reads "%s" as asking for an organisation',
    (question) => {
      expect(analyse(question).kind?.members).toEqual(['@org']);
    },
  );

  it('answers "which analyst house" with the analyst firm', () => {
    const answer = ask('which analyst house gave the reg a quote');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Gartner');
  });
});
