import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);
const searchesMembership = (q: string) => analyseQuestion(shipped, q).terms.includes('s:member');

describe('membership said by "in" between two organisations', () => {
  it('asks whether the first is a member of the second', () => {
    expect(searchesMembership('is amazon still in the xen project these days')).toBe(true);
    const reply = ask('is amazon still in the xen project these days');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('active member');
  });

  it('is read beside a second alternative', () => {
    const reply = ask('is aws still inside the xen project, or did amazon walk away');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('active member');
  });

  it('leaves "in" alone before a noun that follows the organisation, after a person, or without an organisation', () => {
    expect(searchesMembership('is aws in the xen project call')).toBe(false);
    expect(searchesMembership('is warrilow in gartner')).toBe(false);
    expect(searchesMembership('what did aws say in the minutes')).toBe(false);
  });

  it('declines membership the story never states', () => {
    expect(ask('is oracle still in the xen project').answered).toBe(false);
  });
});

/**
 * "what's AWS's role in the Xen Project": an organisation's role in another is its membership; a
 * profile of someone at a third organisation, though it names both, does not answer.
 */
describe('an organisation’s role in another', () => {
  it('is answered by its membership', () => {
    const reply = ask("what's aws's role in the xen project");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('active member');
  });

  it('is never a job of someone at another organisation', () => {
    expect(ask('what role does aws play in the xen project').answer).not.toContain('Warrilow');
  });

  it('leaves a person’s role their job', () => {
    expect(ask("what's warrilow's role").answer).toContain('research veep');
  });
});

describe('a verb of leaving an organisation', () => {
  it.each(['is aws gonna quit the xen project board now', 'is amazon ditching the xen project'])(
    'reads "%s" as leaving the membership',
    (question) => {
      expect(searchesMembership(question)).toBe(true);
      expect(analyseQuestion(shipped, question).terms).not.toContain('s:stop');
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('active member of the Xen Project');
    },
  );

  it('leaves a hypervisor named by its own word as a thing turned from', () => {
    expect(searchesMembership('did aws quit xen')).toBe(false);
  });
});
