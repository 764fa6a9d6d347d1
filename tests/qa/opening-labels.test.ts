import { describe, expect, it } from 'vitest';
import { withoutOpeningLabel } from '../../src/qa/asides.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const { language } = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

/**
 * "platform q: …", "attribution check: …", "For the caption: …": a short label before a colon or a
 * spaced dash files the question under the asker's heading. It ends on a noun of filing ("q", "check",
 * "analysis") or opens on a purpose preposition, and it asks nothing.
 */
describe('a label opening the message', () => {
  it.each([
    ['hardware q: what servers was the kvm cut built for', 'what servers was the kvm cut built for'],
    ['sourcing check — who gave the register a statement for the project?', 'who gave the register a statement for the project?'],
    ['For my slides: who is Bulpin and what does he do?', 'who is Bulpin and what does he do?'],
    ['risk analysis: will existing instances stay on xen?', 'will existing instances stay on xen?'],
  ])('is dropped from "%s"', (message, rest) => {
    expect(withoutOpeningLabel(language, message)).toBe(rest);
  });

  it.each([
    ['gartner q: what did they say', 'a label naming one of the story’s names'],
    ['headline check: what is the actual title', 'a label naming a part of the page'],
    ['template vs bulpin — do they pitch the same markets', 'no noun of filing'],
    ['quick thought: xen is doing fine', 'a rest that asks nothing'],
    ['the big picture here for xen and the cloud market: what next', 'more words than a label holds'],
  ])('is kept in "%s" (%s)', (message) => {
    expect(withoutOpeningLabel(language, message)).toBe(message);
  });

  it.each([
    ['citation q — when did the reg publish the story?', 'November 22, 2017'],
    ['attribution check: who said Xen had Oracle and Amazon in its court?', 'Warrilow'],
    ['For the caption: Warrilow’s title and employer?', 'research veep'],
  ])('answers "%s" as the question after the label', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});
