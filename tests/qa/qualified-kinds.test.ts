import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('"which <word> <kind>" asks for one of the kind that the word describes', () => {
  it('reads a story word before a listed kind as narrowing it, and keeps searching for it', () => {
    const question = analyse('which car firms have signed up for xen');
    expect(question.kind?.members).toEqual(['@org']);
    expect(question.kind?.qualifiers?.length).toBeGreaterThan(0);
    expect(question.terms).toEqual(expect.arrayContaining(question.kind?.qualifiers ?? []));
  });

  it('declines with a partial answer when no organisation the story describes that way is named', () => {
    expect(ask('which car firms have signed up for xen').answered).toBe(false);
    const answer = ask('which car firms use xen');
    expect(answer.answered).toBe(false);
    expect(answer.answer).toContain("doesn't name the car firms");
  });

  it("still answers with an organisation the story describes by the word, in its role or its people's titles", () => {
    const cloud = ask('which cloud company is swapping xen for kvm');
    expect(cloud.answered).toBe(true);
    expect(cloud.answer).toMatch(/AWS|Amazon/);
    const research = ask('michael warrilow is at which research company');
    expect(research.answered).toBe(true);
    expect(research.answer).toContain('Gartner');
  });
});

describe('"what kind of <noun>" asks for a kind, as "which <noun>" does', () => {
  it('wants one the story names beside the noun, for a plural too', () => {
    expect(analyse('what sorts of servers is the aws kvm cut meant for').kind?.members).toEqual(['@named']);
    expect(analyse('what are the servers aws built its kvm for').kind).toBeNull();
  });

  it('answers with the named kind rather than a fact about the topic that names none', () => {
    const answer = ask("what kind of servers does the register reckon amazon's kvm fork is for");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('NVMe');
  });
});
