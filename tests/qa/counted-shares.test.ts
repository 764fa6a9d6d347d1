import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

/**
 * "how many *of* the new instance types": a count of a share of a set, which "*all* new instance
 * types" answers. A total ("how many instance types does EC2 have") is not answered by "all new".
 */
describe('a share of a set counted by "all"', () => {
  it('reads a count cue before "of" as asking a share', () => {
    expect(analyse('how many of the new instance types will use kvm').countsShare).toBe(true);
    expect(analyse('how many instance types does ec2 have').countsShare).toBe(false);
  });

  it.each([
    'how many of the new ec2 instance types will go to kvm',
    'how many of amazon’s new instance types run the new hypervisor eventually',
  ])('answers "%s" with "all new instance types"', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/all new (?:future )?instance types/);
  });

  it.each(['how many instance types does ec2 have altogether', 'how many of the instance types run on xen today'])(
    'declines "%s": no fact counts that set',
    (question) => {
      expect(ask(question).answered).toBe(false);
    },
  );
});
