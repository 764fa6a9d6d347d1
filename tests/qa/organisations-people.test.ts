import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const shipped = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

/** "which linux foundation staffer sent it": an organisation and a job noun after "which" ask for one of its people. */
describe("one of an organisation's people asked for by job", () => {
  it.each(['which linux foundation staffer sent the statement', 'what aws spokesperson talked to techtarget'])(
    'declines "%s" with what the story does say: it names nobody there',
    (question) => {
      const reply = ask(question);
      expect(analyseQuestion(shipped, question).wants).toBe('person');
      expect(reply.answered).toBe(false);
      expect(reply.partial?.answer).toContain("doesn't give a name");
    },
  );

  it.each([
    ['which citrix exec talked about benchmarks', 'David Cottingham'],
    ['what google vp talked about the languages', 'Sunil Potti'],
    ['which gartner analyst spoke to the reg', 'Michael Warrilow'],
  ])('answers "%s" with the person the story names', (question, person) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(person);
  });

  it('leaves a kind that is no job alone', () => {
    expect(analyseQuestion(shipped, 'which citrix product had no queries').wants).toBeNull();
  });
});

describe('"the short run" for the near term', () => {
  it("answers with AWS's near-term words", () => {
    const reply = ask('what did aws originally say about using xen for new instance types in the short run');
    expect(reply.answer).toContain('in the near term, some new instance types will use Xen');
  });
});

describe('"research" is no analyst', () => {
  it('searches research as itself, and still finds the analyst by job', () => {
    expect(analyseQuestion(shipped, 'who did the tesla bluetooth research').terms).not.toContain('s:analyst');
    expect(ask('which analyst says xen is basically done').answer).toContain('Michael Warrilow');
  });
});

describe('a job naming no particular job', () => {
  it.each([
    ['Which Citrix executive spoke to The Register directly?', 'David Cottingham'],
    ["which google official answered the register's questions", 'Sunil Potti'],
  ])('"%s" asks for one of its people, not for the word', (question, person) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(person);
  });

  it('keeps a particular job a condition of the answer', () => {
    expect(answerQuestion(story, "what did citrix's ceo say about the aws news").answered).toBe(false);
    expect(answerQuestion(story, 'which citrix ceo spoke to the register').answered).toBe(false);
  });
});
