import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { withoutOpeningHedge, withoutOpeningLabel, withoutSelfIntroduction } from '../../src/qa/asides.js';
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
    ['Q4: who runs the xen project?', 'who runs the xen project?'],
    ['question 11 — list the people quoted', 'list the people quoted'],
  ])('is dropped from "%s"', (message, rest) => {
    expect(withoutOpeningLabel(language, message)).toBe(rest);
  });

  it.each([
    ['gartner q: what did they say', 'a label naming one of the story’s names'],
    ['headline check: what is the actual title', 'a label naming a part of the page'],
    ['template vs bulpin — do they pitch the same markets', 'no noun of filing'],
    ['quick thought: xen is doing fine', 'a rest that asks nothing'],
    ['the big picture here for xen and the cloud market: what next', 'more words than a label holds'],
    ['2017: what happened', 'a number alone files nothing'],
  ])('is kept in "%s" (%s)', (message) => {
    expect(withoutOpeningLabel(language, message)).toBe(message);
  });

  it.each([
    ['citation q — when did the reg publish the story?', 'November 22, 2017'],
    ['attribution check: who said Xen had Oracle and Amazon in its court?', 'Warrilow'],
    ['For the caption: Warrilow’s title and employer?', 'research veep'],
    ['Q7: which hypervisor is AWS moving new instance types to?', 'KVM'],
    ['Q12 — name the outlet AWS gave its later statement to', 'TechTarget'],
  ])('answers "%s" as the question after the label', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});

/** "quizmaster here, …", "investor here. …": the asker saying who they are asks nothing. */
describe('a self-introduction opening the message', () => {
  it.each([
    ['podcast producer here, who is bulpin?', 'who is bulpin?'],
    ['xen maintainer here — what did the linux foundation say', 'what did the linux foundation say'],
    ['student here. need the headline', 'need the headline'],
  ])('is dropped from "%s"', (message, rest) => {
    expect(withoutSelfIntroduction(language, message)).toBe(rest);
  });

  it.each([
    ['what dates matter here - when was it updated', 'the words before "here" ask'],
    ['long time lurker here, love this bot', 'a rest that asks nothing'],
  ])('is kept in "%s" (%s)', (message) => {
    expect(withoutSelfIntroduction(language, message)).toBe(message);
  });

  it('answers the question after it', () => {
    const reply = ask('trivia host here, need the standfirst under the headline word for word pls');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('changes its tune');
  });
});

/** "tiny thing but …", "pedantic q but …": a few words of hedging before "but" ask nothing. */
describe('a hedge opening the message', () => {
  it.each([
    ['tiny thing but what years does the footer cover', 'what years does the footer cover'],
    ['sorry noob question but what even is a hypervisor', 'what even is a hypervisor'],
    ['pedantic q but who found the relay trick', 'who found the relay trick'],
  ])('is dropped from "%s"', (message, rest) => {
    expect(withoutOpeningHedge(language, message)).toBe(rest);
  });

  it.each([
    ['xen is dead but why', 'a story word before the joiner'],
    ['gartner aside but what did the lf say', 'a name before the joiner'],
    ['small thing but the footer is odd', 'a rest that asks nothing'],
  ])('is kept in "%s" (%s)', (message) => {
    expect(withoutOpeningHedge(language, message)).toBe(message);
  });

  it('answers the question after the hedge', () => {
    const reply = ask('tiny nitpick but what years does the copyright in the page footer cover');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('1998–2022');
  });
});

/** "at the very end", "right at the bottom": where on the page, as "at the end" is, and no ending asked about. */
describe('a place on the page stressed with "very" or "right"', () => {
  it('searches no word of ending', () => {
    const { terms } = analyseQuestion(getIndex(story), 'what years does the copyright at the very end cover');
    expect(terms).not.toContain('s:stop');
    expect(terms).toContain('i:footer');
  });
});
