import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { getSuggestionIndex, suggestQuestionsAsYouType } from '../../src/qa/suggest.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

describe('question suggestions as you type', () => {
  it('offers only questions the engine answers, each within a choice name', () => {
    const { questions } = getSuggestionIndex(story);
    expect(questions.length).toBeGreaterThanOrEqual(25);
    for (const question of questions) {
      expect(question.length).toBeLessThanOrEqual(100);
      expect(answerQuestion(story, question).answered, question).toBe(true);
    }
  });

  it('cites the person asked about when suggesting a question about them', () => {
    const warrilow = story.personById.get('michael-warrilow');
    const [first] = suggestQuestionsAsYouType(story, 'who is warr');
    expect(first).toBe('Who is Michael Warrilow?');
    const answer = answerQuestion(story, first ?? '');
    expect(answer.sources.some((s) => warrilow?.paragraphs.includes(s.paragraph))).toBe(true);
  });

  it('shows at most 25, the story in order, when nothing is typed yet', () => {
    const shown = suggestQuestionsAsYouType(story, '  ');
    expect(shown).toHaveLength(25);
    expect(shown).toEqual(getSuggestionIndex(story).questions.slice(0, 25));
    // A new reader starts with the whole story.
    expect(shown.slice(0, 2)).toEqual(['What is the story about?', 'Who is quoted in the story?']);
  });

  it('ranks questions holding every typed word first, completing the last word as a prefix', () => {
    const shown = suggestQuestionsAsYouType(story, 'what did gar');
    expect(shown[0]).toBe('What did Gartner say?');
    expect(shown.length).toBeGreaterThan(1);
  });

  it('forgives a typo in a longer word', () => {
    expect(suggestQuestionsAsYouType(story, 'gartnr')).toContain('What did Gartner say?');
  });

  it('offers nothing for text that matches no suggestion (free text stays allowed)', () => {
    expect(suggestQuestionsAsYouType(story, 'zzzz qqqq')).toEqual([]);
  });
});
