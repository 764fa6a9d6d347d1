import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('an adverb between a speaker and a verb of saying still names the source', () => {
  it('reads "did X really / truly / actually say" as a question about what X said', () => {
    expect(analyse('did aws really claim every future instance type would run kvm').source).toBe('aws');
    expect(analyse('did gartner actually say xen is finished').source).toBe('gartner');
  });

  it("answers with the source's own word, not the publication's reading of it", () => {
    const answer = ask('did amazon truly say each future instance would run on kvm');
    expect(answer.answer).toContain('AWS did, however, say');
    expect(answer.answer).not.toContain('NVMe-enabled servers');
  });
});
