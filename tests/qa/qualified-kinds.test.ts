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
