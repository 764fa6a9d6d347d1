import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** "how many stories had the Reg run on this before": the earlier articles of its own the story mentions, counted. */
describe('counting the publication’s earlier articles', () => {
  it.each([
    'how many articles did the register publish on the aws hypervisor docs before this',
    'so how many earlier pieces had el reg done on amazon and kvm',
    'how many previous stories were there on this',
  ])('answers "%s" with the two the story mentions and the sentence naming them', (question) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('The Register says it ran 2 stories on this before: its first story and follow up.');
    expect(reply.answer).toContain('> Our first story and its follow up quoted AWS documents verbatim');
    expect(reply.sources).toEqual([{ paragraph: 3, speaker: null }]);
  });

  it('leaves a count of something else placed by earlier posts to the facts', () => {
    const reply = answerQuestion(story, "how many instance types will run kvm, per aws's earlier posts");
    expect(reply.answer).not.toContain('stories on this before');
  });

  it.each(['how many stories did the reg run about tesla before', 'how many pieces did el reg publish on capstone before'])(
    'does not count the earlier stories for a topic only the teasers name: "%s"',
    (question) => {
      expect(answerQuestion(story, question).answer).not.toContain('stories on this before');
    },
  );

  it('does not count another’s earlier posts as the publication’s', () => {
    expect(answerQuestion(story, 'how many posts did aws publish before').answer).not.toContain('stories on this before');
  });

  it('leaves the related stories to the page', () => {
    const reply = answerQuestion(story, 'how many related stories are listed before the footer');
    expect(reply.answer).not.toContain('stories on this before');
  });
});
