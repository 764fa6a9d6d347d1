import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

/** Discord users type one question after another in a message, each ending at its question mark. */
describe('questions one after another in a message', () => {
  it.each([
    ['what did warrilow say about xen? also who is cottingham', ['final nail', 'XenServer product management']],
    ['is xen dead? what did gartner say', ['final nail', 'Oracle is already going to KVM']],
    ['who is james bulpin? btw what did the linux foundation tell the register', ['senior director', 'active member']],
    ['what hardware was the kvm cut built for? and how long did aws ignore the reg', ['NVMe', '12 days']],
  ])('answers each of "%s"', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    for (const words of expected) expect(reply.answer).toContain(words);
  });

  it('shows once what two of the questions are both answered by', () => {
    const reply = ask('did aws actually say it would stop investing in xen? what did citrix say about that');
    expect(reply.answer.match(/It's important to note/g)).toHaveLength(1);
    expect(reply.answer).toContain('We have not received any queries');
  });

  it.each(['what did warrilow say?? really?', 'what? who is warrilow'])(
    'keeps "%s" whole: a word or two after a question mark is no question of its own',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('Warrilow');
      expect(reply.answer.split('\n\n').length).toBeLessThanOrEqual(3);
    },
  );

  it.each([
    ["who is bulpin? btw what's his job", 'senior director of technology'],
    ['who is james bulpin, and what did he say', 'reusable technology component'],
    ['what did the linux foundation tell the reg? what did they offer members', 'social-media template'],
  ])('reads a pronoun in "%s" as whom the question before was about', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('leaves a pronoun alone in a question naming someone itself', () => {
    // "him" is not read as Cottingham: the question names Gartner, and the story has no Gartner word on him.
    expect(ask('who is cottingham? what did gartner say about him').answer).not.toContain('Cottingham (Citrix), to');
  });

  it('answers the part the story answers, and says it does not answer the rest', () => {
    // "what's the weather in mahia" is no question about the story: Warrilow is answered, and the rest declined in a line.
    const reply = ask("who is warrilow? what's the weather in mahia");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('research veep');
    expect(reply.answer.endsWith("\n\nThe story doesn't answer the rest of the question.")).toBe(true);
  });
});
