import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { compileLanguage } from '../../src/qa/language.js';
import { LexiconDataError, loadLexicon } from '../../src/qa/lexicon.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);
const newsOf = (q: string) => [...analyseQuestion(shipped, q).news];

/**
 * Discord users point at the news with a pronoun: "does this affect existing instances", "what are they
 * replacing it with". Nothing in the question is what "this" stands for, so it stands for the story's
 * main news, which the topic file names ("AWS replacing Xen with KVM").
 */
describe('a pronoun standing for the news', () => {
  it.each(['does this affect existing instances', 'will this affect existing instances?'])(
    'answers "%s" from the news (the KVM instance type is net-new), not from a teaser sharing the verb',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('net-new');
      expect(reply.answer).not.toContain('Tesla');
    },
  );

  it.each(['what are they switching to', 'what are they moving to', 'what is it based on'])(
    '"%s" asks what the news is about, not what a phrase means: the answer names KVM',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('KVM');
      expect(reply.answer).not.toContain("doesn't explain");
    },
  );

  it.each(["who's behind it", 'who is doing this', 'who did it'])('answers "%s" with the news\'s doer, AWS', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^Amazon Web Services/);
  });

  it.each(['is this confirmed', 'is it official', 'is this legit'])(
    'asks "%s" as whether the news\'s lead actor confirmed it: AWS\'s own posts',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toMatch(/^Amazon Web Services, in AWS's previous posts/);
      expect(analyseQuestion(shipped, question).source).toBe('aws');
    },
  );

  it('does not read "is it just for new stuff" as asking the article\'s age: after "for", "new" describes the stuff', () => {
    const reply = ask('is it just for new stuff');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('new EC2 instance types');
    expect(reply.answer).not.toContain('published');
  });

  it('reads the news into the question as background terms, the lead actor among them', () => {
    const question = analyseQuestion(shipped, 'does this affect existing instances');
    expect([...question.news]).toContain('e:aws');
    for (const term of question.news) expect(question.background.has(term)).toBe(true);
    // The verb the pronoun is the subject of is the news's bearing on the object, not what is asked.
    expect(question.background.has('s:affect')).toBe(true);
    expect(question.background.has('s:instanc')).toBe(false);
  });
});

/** A pronoun that may stand for something else, or a question asking nothing of the news, is left alone. */
describe('a pronoun not standing for the news', () => {
  it.each([
    ['a name before it', 'what did aws say about it'],
    ['a noun before it', 'why did capstone get moved off the virginia pad, what held it up'],
    ['a determiner before a name', 'in this Register article, who is quoted as saying Xen is doomed'],
    ['the subject of a verb of judging', 'why do they think amazon will end up on kvm everywhere'],
    ['no words of its own', 'what is it'],
  ])('reads no news for %s: "%s"', (_, question) => {
    expect(newsOf(question)).toEqual([]);
  });

  it.each([
    'is it raining',
    'what is it',
    'who is this bot',
    'what time is it',
    'is it open source',
    'what does it do',
    'does it do anything',
    'is it safe to eat',
    'why are they doing this',
    'is it true',
    'is it confirmed for the tesla',
  ])('still declines "%s"', (question) => {
    expect(ask(question).answered).toBe(false);
  });

  // Read as the news, a teaser sharing one word ("open-source", "announced") no longer covers them.
  it.each(['is it open source', 'who announced this'])('declines "%s" rather than answer from a teaser', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(false);
    expect(reply.answer).not.toContain('related story');
  });

  it('keeps a pronoun in a later part of a question for what an earlier part names', () => {
    const reply = ask('how does the original article end, what does it say the hypervisor might still have');
    expect(reply.answer).not.toContain('Fresh from the news');
  });
});

describe("the topic file's news", () => {
  it("must name one of the story's people or organisations", () => {
    const lexicon = loadLexicon();
    expect(() => compileLanguage(story, { ...lexicon, news: 'the weather in Mahia' }, [])).toThrow(LexiconDataError);
    expect(() => compileLanguage(story, { ...lexicon, news: 'the weather in Mahia' }, [])).toThrow(/\$\.news/);
    expect(compileLanguage(story, { ...lexicon, news: null }, []).newsTerms).toEqual([]);
  });
});
