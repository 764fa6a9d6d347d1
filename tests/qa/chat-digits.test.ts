import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { withChatDigitsRead } from '../../src/qa/chat-digits.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);

/** "who talks 4 the xen project": a lone 2 or 4 between words is chat for "to" or "for". */
describe('chat digits standing for prepositions', () => {
  it.each([
    ['who talks 4 the xen project', 'who talks for the xen project'],
    ['gartner analyst said wat 2 the reg?', 'gartner analyst said wat to the reg?'],
    ['is gartner talking 2 aws', 'is gartner talking to aws'],
  ])('reads "%s" as "%s"', (typed, read) => {
    expect(withChatDigitsRead(index, typed)).toBe(read);
  });

  it.each([
    'did aws buy 4 companies',
    'wat did citrix say 2 customers',
    'was xen picked for about 2 instance types',
    'is xen a type 1 or type 2 hypervisor',
    'what happened at launch complex 2 last year',
    'has launch complex 4 been finished',
    'the 2 biggest clouds',
    'xen 4 or 5',
    'how old is xen 4',
  ])('leaves "%s" as it is: there the digit is a count or part of a name', (typed) => {
    expect(withChatDigitsRead(index, typed)).toBe(typed);
  });

  it.each([
    ['who speaks 4 the xen project', 'Linux Foundation'],
    ['wat did gartner say 2 the reg', 'Michael Warrilow (Gartner)'],
    ['did the reg ask aws 4 an interview', 'unanswered for 12 days'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it.each([
    ['what does BLE stand 4', 'what does BLE stand for'],
    ["what's xen good 4?", "what's xen good for?"],
    ['who did cottingham talk 2', 'who did cottingham talk to'],
  ])('reads a digit ending the message after a verb or adjective as a stranded preposition: "%s"', (typed, read) => {
    expect(withChatDigitsRead(index, typed)).toBe(read);
  });

  it.each(['how old is xen 4', 'is it 4', 'are there 2', 'the teasers, 2'])(
    'leaves "%s" as it is: a digit ending the message after a name, pronoun or comma is a count or a version',
    (typed) => {
      expect(withChatDigitsRead(index, typed)).toBe(typed);
    },
  );

  it.each([
    ['wats BLE stand 4', 'Bluetooth Low Energy'],
    ['wat did bulpin say xen is good 4', 'James Bulpin (Citrix)'],
  ])('answers "%s"', (question, expected) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });
});

describe('a number sign standing for "number"', () => {
  it('reads "# of" as "number of", so an exact count is asked', () => {
    const reply = answerQuestion(loadStory(), 'exact # of devices coming online at the edge?');
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain('billions of devices');
  });

  it('answers a count asked with it', () => {
    expect(answerQuestion(loadStory(), '# of days the email went unanswered').answer).toContain('12 days');
  });

  it('leaves a hashtag or a channel alone', () => {
    const index = getIndex(loadStory());
    expect(withChatDigitsRead(index, 'what does #xen mean in the template')).toBe('what does #xen mean in the template');
    expect(withChatDigitsRead(index, 'posted in #of-topic, who said it')).toBe('posted in #of-topic, who said it');
    expect(withChatDigitsRead(index, 'exact # of devices')).toBe('exact number of devices');
  });
});
