import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('"which <document>" asks for a document of that kind', () => {
  it('reads a noun for a document after the question word as the kind asked for', () => {
    expect(analyse('which analyst report called xen finished').kind?.members).toEqual(['@document:report']);
    expect(analyse('in which blog post did amazon confirm it').kind?.members).toEqual(['@document:post']);
    expect(analyse('what white paper covers the kvm cut').kind?.members).toEqual(['@document:paper']);
  });

  it('reads no document kind where the question word opens a clause', () => {
    expect(analyse('did amazon stick to what its docs promised').kind).toBeNull();
  });

  it('declines when the story names no document of the kind, saying what it has', () => {
    const report = ask('in which gartner study did the analyst say xen was done for');
    expect(report.answered).toBe(false);
    expect(report.partial?.answer).toContain("doesn't name the gartner study");
    expect(ask('which memorandum did amazon circulate to the xen board').answered).toBe(false);
    expect(ask('which survey shows clouds dropping xen').answered).toBe(false);
  });

  it('answers with the fact naming a document of the kind', () => {
    const documents = ask('which documents showed amazon planning a kvm cut');
    expect(documents.answered).toBe(true);
    expect(documents.answer).toContain('AWS documents');
    const report = ask('which report got a mention in the advisory board minutes');
    expect(report.answered).toBe(true);
    expect(report.answer).toContain("The Register's report");
  });
});
