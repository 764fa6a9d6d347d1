import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe("a question asking for someone's view names its source", () => {
  it('reads a speaker before a verb of judging or saying, after the opening words, as the source', () => {
    expect(analyse('why does gartner reckon xen is finished').source).toBe('gartner');
    expect(analyse('how would the journalist judge amazon plans for xen').source).toBe('the-register');
    expect(analyse('why does the article consider the aws fleet doomed for xen').source).toBe('the-register');
  });

  it('does not read the writer as asking for the byline', () => {
    expect(analyse('how does the reporter view the outlook for xen').terms).not.toContain('i:byline');
    expect(analyse('what does the writer think about the future of xen').terms).not.toContain('i:byline');
    expect(analyse('who is the writer').terms).toContain('i:byline');
  });

  it("answers with the publication's own reading", () => {
    const answer = ask('how does the reporter view the outlook for xen');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('grim');
  });

  it("does not take the publication's report of someone else's words for its view", () => {
    // The update reports what AWS told TechTarget, "going forward": AWS's words, not the writer's view.
    const answer = ask('how does the reporter rate the outlook for xen going forward at aws');
    expect(answer.answer).not.toContain('TechTarget');
    const said = ask('what does the writer think about the future of xen');
    expect(said.answer).not.toContain('AWS did, however, say');
    expect(said.answer).toContain('grim');
  });
});
