import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { withDeclarativeAsked } from '../../src/qa/declaratives.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);

/**
 * "the update came out in November, didn't it?", "so Citrix is quoted twice?": a statement asked as a
 * question is a yes/no question, its auxiliary moved before its subject.
 */
describe('a statement asked as a question', () => {
  it.each([
    ['the tesla teaser was about bluetooth?', 'was the tesla teaser about bluetooth?'],
    ['ok so Citrix is quoted twice?', 'is Citrix quoted twice?'],
    ['the board call was in September, wasn’t it?', 'was the board call in September?'],
    ['it was a quote from gartner, right?', 'was it a quote from gartner?'],
    ['the LF can be reached on the mailing list, is that correct?', 'can the LF be reached on the mailing list?'],
  ])('reads "%s" as "%s"', (message, asked) => {
    expect(withDeclarativeAsked(language, message)).toBe(asked);
  });

  it.each([
    ['is citrix quoted twice?', 'already asked'],
    ['citrix is quoted twice.', 'no question mark'],
    ['I think aws is leaving xen?', 'the asker says it'],
    ['what gartner said is harsh?', 'a clause, not a subject'],
    ['per citrix is the instance new?', 'a preposition opens it'],
    ['aws is moving to which hypervisor?', 'a question word in place'],
    ['Hwo is the analyst?', 'a mistyped question word'],
    ['fine, aws is leaving xen. why?', 'two sentences'],
  ])('leaves "%s" (%s)', (message) => {
    expect(withDeclarativeAsked(language, message)).toBe(message);
  });

  it("answers a wrong month put in a statement with the story's own", () => {
    const reply = answerQuestion(story, 'the xen board call was held in september, wasn’t it?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('November');
  });
});

/** "anyone know if AWS is still on the board", "I wonder whether …": an opening asking whether, then the clause asked. */
describe('a clause asked after an opening of the asker’s', () => {
  it.each([
    'anyone know if aws is still on the board',
    'i wonder whether aws is still on the board',
    "i'd like to know if aws is still on the board",
    'can you tell me whether aws is still on the xen board',
  ])('answers "%s" as "is aws still on the board"', (question) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^AWS is still an active member of the Xen Project and its board/);
  });

  it('leaves an opening with an auxiliary of its own as it stands', () => {
    expect(withDeclarativeAsked(language, 'do we know whether schlaeger told the board anything?')).toBe(
      'do we know whether schlaeger told the board anything?',
    );
  });
});
