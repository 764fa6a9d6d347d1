import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/** What people paste into a question: markdown, mentions, RTL, emoji, control characters, lone surrogates. */
const anyQuestion = fc.oneof(
  fc.string({ maxLength: 200, unit: 'grapheme' }),
  fc.string({ maxLength: 200, unit: 'binary' }),
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    '\t\n\r',
    '\u0000\u0007\u001b[31m',
    '@everyone what did aws say',
    '<@123456789012345678> who is warrilow',
    '```js\nwho is bulpin```',
    '**who** is __the__ ~~LF~~?',
    'مرحبا بالعالم من هو وارلو',
    '\u202ewho is xen',
    '👨‍👩‍👧‍👦'.repeat(30),
    '\ud800 who',
    '\udfff',
    'what '.repeat(40),
    '?'.repeat(200),
    "'s's's",
    'who is * what did * say',
  ),
);

describe('any question string', () => {
  it('returns a well-formed Answer without throwing', () => {
    fc.assert(
      fc.property(anyQuestion, (question) => {
        const answer = answerQuestion(story, question);
        expect(typeof answer.answered).toBe('boolean');
        expect(typeof answer.answer).toBe('string');
        expect(answer.answer.length).toBeGreaterThan(0);
        for (const source of answer.sources) {
          expect(story.paragraphById.has(source.paragraph)).toBe(true);
          expect(source.speaker === null || typeof source.speaker === 'string').toBe(true);
        }
        if (answer.answered) expect(answer.sources.length).toBeGreaterThan(0);
        else {
          expect(answer.answer.startsWith("The story doesn't say")).toBe(true);
          expect(answer.suggestions).toHaveLength(3);
        }
      }),
      { numRuns: 500 },
    );
  });
});
