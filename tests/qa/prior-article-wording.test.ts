import { describe, expect, it } from 'vitest';
import { withStoryPriorWording } from '../../src/qa/articles.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const words = (text: string) => text.split(' ');

/** The story calls its earlier article "our first story": other adjectives placing one before it mean that one. */
describe('an earlier article named with another adjective than the story’s', () => {
  it('reads the adjective as the story’s own', () => {
    expect(withStoryPriorWording(index, words('what did the previous piece quote'))).toEqual(
      words('what did the first piece quote'),
    );
    expect(withStoryPriorWording(index, words('what did the register original report claim'))).toEqual(
      words('what did the register first report claim'),
    );
    expect(withStoryPriorWording(index, words('what did the reg earlier scoop reveal'))).toEqual(
      words('what did the reg first scoop reveal'),
    );
  });

  it('leaves "the original article" alone, which may be this one as first published', () => {
    const typed = words('when did the original article go up');
    expect(withStoryPriorWording(index, typed)).toBe(typed);
  });

  it('answers from what the story says of its first story', () => {
    const reply = answerQuestion(story, "what did the reg's prior report say amazon would run on new instance types");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('custom cut of KVM');
  });
});
