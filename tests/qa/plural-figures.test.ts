import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('asking for "actual numbers" asks for exact figures, as "the actual number" does', () => {
  it('reads the plural cues as asking for an exact count', () => {
    expect(analyse('is kvm quicker than xen, any actual numbers').wants).toBe('exactCount');
    expect(analyse('give me the exact figures for kvm against xen').wants).toBe('exactCount');
  });

  it('declines with what the story says where it gives no figures', () => {
    const reply = ask('is kvm quicker than xen, any actual numbers');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain("doesn't give an exact number");
  });
});
