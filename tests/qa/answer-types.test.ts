import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { buildIndex, getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { getLexicon } from '../../src/qa/lexicon.js';
import { stripMarkup, withoutAddressee } from '../../src/qa/markup.js';
import { rankFacts } from '../../src/qa/rank.js';
import { compileValueDetector } from '../../src/qa/values.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('the answer-type contract', () => {
  const values = compileValueDetector(getLexicon());

  it('tells which kinds of value a text states', () => {
    expect([...values.valuesIn('The call was on November 14, 2017.')].sort()).toEqual(['day', 'month', 'year']);
    expect([...values.valuesIn('in the November call')]).toEqual(['month']);
    expect(values.valuesIn('It costs $5 a month').has('price')).toBe(true);
    expect(values.valuesIn('unanswered for 12 days').has('duration')).toBe(true);
    expect(values.valuesIn('Tesla Model 3 owners').has('count')).toBe(false);
    expect(values.valuesIn('see http://bit.ly/2mPf0Wf and the C5 type').has('count')).toBe(false);
    expect(values.valuesIn('billions of devices').has('count')).toBe(true);
    expect(values.valuesIn('about 40 per cent of users').has('percent')).toBe(true);
  });

  it('reads the kind of value a question asks for', () => {
    const index = getIndex(story);
    expect(analyseQuestion(index, 'in what year did schlaeger join aws').wants).toBe('year');
    expect(analyseQuestion(index, 'which years are the teaser stories from').wants).toBe('year');
    expect(analyseQuestion(index, 'what exact date did the board meet').wants).toBe('day');
    expect(analyseQuestion(index, 'how much does the google service cost').wants).toBe('price');
    expect(analyseQuestion(index, 'who is the gartner guy').wants).toBeNull();
  });

  it('declines with a partial answer when the story has the thing but not the exact date', () => {
    const answer = ask('what exact day did schlaeger address the advisory board');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toMatch(/^The story doesn't give the exact date\. What it does say: .*November/);
    expect(answer.partial?.sources.length).toBeGreaterThan(0);
  });

  it('prefers, for a partial answer, a fact with the coarser value (the month for an exact date)', () => {
    const answer = ask('what was the exact date of the advisory board call?');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toMatch(/^The story doesn't give the exact date\. What it does say: November 2017:/);
  });

  it('declines "when" with what the story says when it gives no date at all', () => {
    const answer = ask('when did rocket lab receive capstone');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toMatch(/^The story doesn't say when\. What it does say: Rocket Lab has taken delivery/);
  });

  it('declines with a partial answer when the story gives no price', () => {
    const answer = ask("what's the price of google's assured open source software service");
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toMatch(/^The story doesn't give a price\. What it does say: .*Assured Open Source Software/);
  });

  it('still answers when the story holds the value asked for', () => {
    const answer = ask("how many days did the register's email to amazon go unanswered");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('12 days');
    expect(answer.partial).toBeUndefined();
  });

  it('asks "which <noun> is …" for a name only where the story names things of that kind', () => {
    const named = ask('which EC2 instance type is the KVM one?');
    expect(named.answered).toBe(false);
    expect(named.partial?.answer).toMatch(/^The story doesn't name the ec2 instance type\. What it does say: /);
    const described = ask('which space is xen pushing into');
    expect(described.answered).toBe(true);
    expect(described.answer).toContain('embedded');
  });

  it('gives no partial answer to a question the story has nothing on', () => {
    const answer = ask('what percentage of linux users run kvm?');
    expect(answer.answered).toBe(false);
    expect(answer.partial).toBeUndefined();
  });
});

describe('lead-ins carry what they introduce', () => {
  it('answers "sent us the following:" with the statement that follows', () => {
    const answer = ask('what did the linux foundation send the register');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/sent us the following: AWS is an active member of the Xen Project/);
  });

  it('answers "revealed how …" with the paragraphs it announces, and cites them', () => {
    const answer = ask('how will the xen board respond to aws?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('will emphasise Xen');
    expect(answer.sources.map((s) => s.paragraph).length).toBeGreaterThan(1);
  });
});

describe("the article's own facts", () => {
  it('name the site that ran it, with the date and its year', () => {
    const answer = ask('which website published this?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('The Register');
    expect(answer.answer).toContain('November 22, 2017');
  });

  it('read "this article" as "the article"', () => {
    expect(ask("what's the title of this article").answer).toContain(story.meta.headline);
    expect(ask('which publication is this from').answer).toMatch(/^The Register published the story/);
    expect(ask('what year is this story from').answer).toContain('2017');
  });

  it('give publication and update dates with the year', () => {
    expect(ask('when was it published').answer).toMatch(/November 22, 2017.*November 24, 2017/);
    expect(ask('when was the story updated').answer).toContain('November 24, 2017');
  });

  it('quote the standfirst and the footer', () => {
    expect(ask('what is the sub-headline').answer).toContain(story.meta.standfirst);
    expect(ask("what's the tagline at the bottom of the page").answer).toContain(story.meta.article.footer);
  });

  it('say the story has no byline rather than guess a writer', () => {
    const answer = ask('who is the author of this article?');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toMatch(/no byline/);
  });
});

describe('mentions and markdown', () => {
  it('are stripped before analysis', () => {
    expect(stripMarkup('<@123456789012345678> @everyone what did **gartner** say?')).toBe('what did gartner say?');
    expect(stripMarkup('<@&42> <#99> ~~who~~ is __warrilow__ ||really||')).toBe('who is warrilow really');
    expect(stripMarkup('> see [the story](https://example.com/x) `now`')).toBe('see the story now');
    expect(stripMarkup('follow @xen_org')).toBe('follow @xen_org');
  });

  it('drop a typed handle opening or closing the message, unless the story has its words', () => {
    const isStoryWord = (word: string) => ['xen', 'org'].includes(word);
    expect(withoutAddressee('@XenBot tldr what is this about', isStoryWord)).toBe('tldr what is this about');
    expect(withoutAddressee('who answered for the xen project lol @XenBot', isStoryWord)).toBe(
      'who answered for the xen project lol',
    );
    expect(withoutAddressee('what does the template say about @xen_org', isStoryWord)).toBe(
      'what does the template say about @xen_org',
    );
    expect(withoutAddressee('@XenBot @mods what did gartner say @XenBot @mods', isStoryWord)).toBe('what did gartner say');
    expect(ask('@XenBot tldr whats this reg article about').answered).toBe(true);
  });

  it('read what follows a typed handle inside the message as the question, or drop the handle where a pointer looks back', () => {
    const isStoryWord = (word: string) => ['xen', 'org'].includes(word);
    const pointsBack = (word: string) => ['it', 'this', 'that'].includes(word);
    expect(withoutAddressee('reminder to read the pins @XenBot what did gartner say', isStoryWord, pointsBack)).toBe(
      'what did gartner say',
    );
    expect(withoutAddressee('about the update @XenBot when was it added', isStoryWord, pointsBack)).toBe(
      'about the update when was it added',
    );
    expect(withoutAddressee('what is the new series from @xen_org about', isStoryWord, pointsBack)).toBe(
      'what is the new series from @xen_org about',
    );
    expect(ask('ok thanks mods @XenBot who from aws spoke on the board call').answer).toContain('Schlaeger');
    expect(ask('so about the update @XenBot when was it added').answer).toContain('November 24, 2017');
  });

  it('do not make the engine abstain', () => {
    const plain = ask('what did gartner say');
    const mentioned = ask('@everyone what did *gartner* say <@123456789012345678>');
    expect(plain.answered).toBe(true);
    expect(mentioned).toEqual(plain);
  });
});

describe('paraphrases through a WordNet table', () => {
  // A table of one entry, so the expansion is known whatever the shipped table holds.
  const lexicon = { ...getLexicon(), wordnet: { synonyms: { feasibl: ['viable'] }, hypernyms: {} } };
  const index = buildIndex(story, lexicon);

  it('turn a word the story never uses into the story words it shares a sense with', () => {
    const question = analyseQuestion(index, 'was xen feasible while oracle and amazon backed it');
    const [term, expansion] = [...question.expansions][0] ?? [];
    expect(term).toMatch(/^x:feasibl/);
    expect(question.terms).toContain(term);
    expect(expansion).toEqual({ terms: ['s:viabl'], relation: 'synonym' });
  });

  it('weigh an expansion below the word itself', () => {
    const [exact] = rankFacts(index, analyseQuestion(index, 'was xen viable while oracle and amazon backed it'));
    const [expanded] = rankFacts(index, analyseQuestion(index, 'was xen feasible while oracle and amazon backed it'));
    expect(expanded?.fact.id).toBe(exact?.fact.id);
    expect(expanded?.coverage).toBeLessThan(exact?.coverage ?? 0);
  });

  it('leave words the story uses alone', () => {
    expect(analyseQuestion(index, 'what did gartner say about xen').expansions.size).toBe(0);
  });
});

describe('a duration asked by a noun', () => {
  it.each(["length of time the Reg's email went without a reply?", 'what amount of time did aws leave the email unanswered'])(
    '"%s" asks how long, which the 12 days answer',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('12 days');
    },
  );
});
