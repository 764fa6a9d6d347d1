import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('a quiz’s frame', () => {
  it('"true or false", "correct it": the claim is what is asked', () => {
    const answer = ask("True or false: Warrilow said Oracle is already going to KVM. Correct it if it's false.");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Oracle is already going to KVM');
  });

  it('quoting a statement in full asks what was said', () => {
    const answer = ask('Quote the Gartner statement to The Register in full.');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('final nail');
  });
});

describe('talk around a question', () => {
  it('"hold on", "hang on" open a message and ask nothing', () => {
    const answer = ask('hold on so who is bulpin');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('senior director of technology');
  });

  it('"paste" asks for the thing, and searches nothing', () => {
    const answer = ask('ok folks paste the social post the LF gave its members');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/template/i);
  });
});

describe('making a point of something', () => {
  it('asks why it is stressed: what follows is what is asked', () => {
    const answer = ask('why is the register making a big deal of the email nobody answered');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('request a correction');
  });
});

describe('a job by its initials', () => {
  it('is a word of the language, not a name the story leaves out', () => {
    const bulpin = ask("so bulpin is citrix's CTO? what's his actual job");
    expect(bulpin.answered).toBe(true);
    expect(bulpin.answer).toContain('senior director of technology');
    const warrilow = ask("warrilow is gartner's CEO right? what is his actual title");
    expect(warrilow.answer).toContain('research veep');
  });
});

describe('flying', () => {
  it('is the topic’s aviation', () => {
    const answer = ask('what does bulpin say about flying');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('aviation and aerospace');
  });
});

describe('"everywhere"', () => {
  it('asks how far the news goes, answered first by what bounds it', () => {
    const answer = ask('is aws replacing xen everywhere');
    expect(answer.answered).toBe(true);
    expect(answer.answer.indexOf('existing offerings')).toBeGreaterThanOrEqual(0);
    expect(answer.answer.indexOf('existing offerings')).toBeLessThan(answer.answer.indexOf('custom cut'));
  });
});

describe('a hopeful note', () => {
  it('is the story’s happy one', () => {
    const answer = ask("what's the optimistic bit at the end");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('long and happy future');
  });
});
