import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('"who <verb>" asks for the doer of that deed', () => {
  it('reads the verb right after "who" as the deed', () => {
    expect(analyse('who built the capstone probe').deed).toBe('build');
    expect(analyse('who runs the launch pad in virginia').deed).toBe('run');
  });

  it('reads no deed in a copula, a verb of saying or another question word', () => {
    expect(analyse('who is the gartner analyst').deed).toBeNull();
    expect(analyse('who replied to the register for the xen project').deed).toBeNull();
    expect(analyse('what did rocket lab build').deed).toBeNull();
  });

  it('is not answered by someone named beside the thing but not doing it', () => {
    // NASA owns CAPSTONE; the story never says who built it.
    const built = ask('who built the capstone probe');
    expect(built.answered).toBe(false);
    expect(built.answer).not.toContain('Owner of');
    // Rocket Lab took delivery of the spacecraft; nobody is said to run the mission.
    expect(ask('who runs the capstone mission at nasa').answered).toBe(false);
  });

  it('still answers where a fact holds the deed', () => {
    const found = ask('who discovered the bluetooth relay trick on teslas');
    expect(found.answered).toBe(true);
    expect(found.answer).toContain('NCC Group');
    const spoke = ask('who replied on behalf of the xen project');
    expect(spoke.answered).toBe(true);
    expect(spoke.answer).toContain('Linux Foundation');
  });
});
