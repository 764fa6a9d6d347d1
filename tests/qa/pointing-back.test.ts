import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const pointedAt = 'eventually all new instance types will use the new EC2 hypervisor';

describe('a sentence pointing back ("the statements recorded above") shows what it points at when asked by that phrase', () => {
  it('keeps the pointing noun phrase’s own words, without names, on the sentence', () => {
    const sentence = getIndex(story).facts.find((f) => f.kind === 'sentence' && f.answer.includes('recorded above'));
    expect([...(sentence?.pointsBack?.terms ?? [])]).toContain('unequivocal');
    expect(sentence?.pointsBack?.text).toContain(pointedAt);
  });

  it.each([
    'what were those unequivocal statements',
    'which unequivocal statements is the reg on about in the update',
    'the update mentions "unequivocal statements", which ones',
  ])('%s → the statements, with their paragraph as a source', (q) => {
    const answer = ask(q);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(pointedAt);
    expect(answer.sources.map((s) => s.paragraph)).toContain(22);
  });

  it('shows the sentence alone when the question does not ask by the pointing phrase', () => {
    const answer = ask('why does the reg say it has no idea about aws ignoring its requests');
    expect(answer.answer).toContain('no idea');
    expect(answer.answer).not.toContain(pointedAt);
  });
});
