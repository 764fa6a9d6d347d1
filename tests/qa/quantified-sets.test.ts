import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);

describe('"which <plural>" answered by a reply naming every thing of the kind', () => {
  it('takes "all new instance types" for the set asked for', () => {
    const reply = ask('which instance types are going to run on kvm');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('all new instance types');
  });

  it('leaves a singular kind noun asking for one by name', () => {
    const sets = shipped.facts.filter((f) => f.answer.includes('all new future instance types'));
    expect(sets.length).toBeGreaterThan(0);
    const singular = analyseQuestion(shipped, 'which instance type will use kvm first');
    for (const fact of sets) expect(singular.kind?.named?.(fact) ?? false).toBe(false);
    const plural = analyseQuestion(shipped, 'which instance types will use kvm');
    for (const fact of sets) expect(plural.kind?.named?.(fact)).toBe(true);
  });
});
