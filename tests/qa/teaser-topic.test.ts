import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { buildFacts } from '../../src/qa/candidates.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('the list of related stories says whether they share the story’s topic', () => {
  it('says the teasers are not about the topic when none of them names it', () => {
    const answer = ask('do the other stories under the article have anything to do with xen?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('(not about Xen)');
    expect(answer.answer).toContain('Rocket Lab');
  });

  it('does not say so when a teaser names the topic', () => {
    const first = story.related[0];
    if (!first) throw new Error('the story has related stories');
    const xenTeaser = { ...first, title: `${first.title} on Xen` };
    const changed = { ...story, related: [xenTeaser, ...story.related.slice(1)] };
    const list = buildFacts(changed, getIndex(story).language).find((fact) => fact.kind === 'related-list');
    expect(list?.answer).toContain('the page lists 3 other stories:');
    expect(list?.answer).not.toContain('not about');
  });
});
