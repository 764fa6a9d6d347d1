import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('"why is X so sure …" asks for X’s grounds, as "why does X think …" does', () => {
  it.each([
    'why is the reg so sure aws will run nothing but kvm in the end',
    'why is el reg so confident xen is doomed at amazon',
    'why is the author convinced that xen has no future in amazon’s cloud',
    'why is the register this certain that xen is done for at aws',
  ])('%s → the writer’s reasoning', (q) => {
    const answer = ask(q);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('NVMe');
  });

  it('needs words opening the question before the speaker: a name before "assured" is no view', () => {
    const answer = ask('google’s assured open source software, which languages come first?');
    expect(answer.answer).not.toContain('NVMe');
  });
});

/** "looks bad", "bad news": plain words for the outlook the topic file groups with "grim" and "doomed". */
describe('plain words for a bleak outlook', () => {
  it.each(['is this bad news for xen', 'does it look bad for xen at amazon'])('%s → the doom the story reports', (q) => {
    const answer = ask(q);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/final nail in the coffin|looks grim/);
  });
});
