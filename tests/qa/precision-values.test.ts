import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { normalise } from '../../src/qa/text.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('an adjective of exactness after a question word asks for the same value', () => {
  it('reads "which exact day", "what specific month", "which precise year" as the bare value questions', () => {
    expect(analyse('which exact day did google announce assured open source software').wants).toBe('day');
    expect(analyse('what specific month was the advisory board call in').wants).toBe('month');
    expect(analyse('which precise year did the register publish this').wants).toBe('year');
  });

  it('keeps a cue of its own where the lexicon has one', () => {
    expect(analyse('what exact number of devices run xen').wants).toBe('exactCount');
  });

  it('does not search the adjective, so the value is found where the story gives it', () => {
    expect(analyse('what specific month was the advisory board call in').terms).not.toContain('specif');
    expect(ask('what specific month was the advisory board call in').answer).toContain('November');
    expect(ask('which precise year did the register publish this').answer).toContain('2017');
  });

  it('declines where the story gives no such value, instead of answering with the topic', () => {
    const answer = ask('which particular day did google announce assured open source software');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain("doesn't give the exact date");
  });
});

describe('a partial answer does not trade what it covers for a coarser value', () => {
  it('offers the fact on the topic before a teaser holding only a year', () => {
    const answer = ask('which particular day did google announce assured open source software');
    expect(answer.partial?.answer).toContain('Cloud Security Summit');
    expect(answer.partial?.answer).not.toContain('has the standfirst');
  });

  it('still prefers a coarser value among facts covering the question alike', () => {
    const answer = ask('what exact date did the xen advisory board call take place');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain('November');
  });
});

describe('the percent and dollar signs are words', () => {
  it('reads "%" as percent and "$" as dollars', () => {
    expect(analyse('what % of servers run xen').wants).toBe('percent');
    const { contractions } = getIndex(story).language;
    expect(normalise('did it cost $5 or 5%?', contractions)).toMatch(/dollars 5 or 5 percent/);
  });

  it('declines "what % …" where the story gives no percentage, with what it does say', () => {
    const answer = ask("what % of aws's fleet is nvme");
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain("doesn't give a percentage");
    expect(answer.partial?.answer).toContain('NVMe');
  });
});

describe('a question word heading a noun phrase of its own opens no cue for a subject', () => {
  it('reads "what exact date did … take place" as asking for a date, not for someone’s take', () => {
    const question = analyse('what exact date did the xen advisory board call take place');
    expect(question.type).toBe('when');
    expect(question.wants).toBe('day');
    const answer = ask('what exact date did the xen advisory board call take place');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain('November');
  });

  it('still reads "what does X say", "what else did X say" and "what is X’s take" by their cues', () => {
    expect(analyse('what does gartner say about xen').type).toBe('said');
    expect(analyse('what else did gartner say').type).toBe('said');
    expect(analyse("what's citrix's take on the aws move").type).toBe('said');
  });
});

describe('a light verb with a noun of saying names a yes/no question’s source', () => {
  it('reads "did X give … a comment", "make a statement", "issue a response" as asking what X said', () => {
    expect(analyse('did oracle make a statement').source).toBe('oracle');
    expect(analyse('has oracle issued a response to the register').source).toBe('oracle');
    expect(analyse('did oracle make the move to kvm').source).toBeNull();
  });

  it('declines for someone the story never quotes, however often others name them', () => {
    expect(ask('did oracle make a statement').answered).toBe(false);
    expect(ask('has oracle issued a response to the register').answered).toBe(false);
  });

  it('answers from the words of someone who did comment', () => {
    expect(ask('did citrix have any comment on the aws news').answer).toContain('Cottingham');
    expect(ask('did the linux foundation offer a statement').answer).toContain('active member of the Xen Project');
  });
});

describe('a yes/no question asking whether something is known', () => {
  it('finds the question word after a word of knowing', () => {
    expect(analyse('does anyone know what schlaeger told the advisory board').whetherKnown).toBe('what');
    expect(analyse('is it clear why aws ignored the register').whetherKnown).toBe('why');
    expect(analyse('what did schlaeger tell the board').whetherKnown).toBeNull();
  });

  it('is answered by the text saying it is not known, not by what else the story holds on it', () => {
    const answer = ask('does anyone know what schlaeger told the advisory board');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/is unknown|know what he told/);
  });

  it('is answered as before where the story does know it', () => {
    expect(ask('do we know who addressed the board').answer).toContain('Schlaeger');
  });
});

describe('a "why" question about not knowing, and a record of what was said', () => {
  it('reads "why don’t we know what …" and "is there a record of what …" as about the knowing', () => {
    expect(analyse("why don't we know what schlaeger told the board").whetherKnown).toBe('what');
    const record = analyse('is there any record of what schlaeger said to the board');
    expect(record.whetherKnown).toBe('what');
    expect(record.terms).not.toContain('record');
    expect(analyse('why did schlaeger address the board').whetherKnown).toBeNull();
  });

  it('is answered by the text saying it is not known, with its reason', () => {
    expect(ask("why don't we know what schlaeger told the board").answer).toContain('left out of the minutes');
    const record = ask('is there any record of what schlaeger said to the board');
    expect(record.answered).toBe(true);
    expect(record.answer).toContain('is unknown');
  });
});

describe('"which version" asks for a version number, as "which day" asks for a date', () => {
  it('declines "which version of …" with what the story does say, and answers "what version of …" with a description', () => {
    const which = ask('which version of kvm does aws run');
    expect(which.answered).toBe(false);
    expect(which.partial?.answer).toContain("doesn't give a version number");
    expect(which.partial?.answer).toContain('cut of KVM');
    const what = ask('what version of kvm does aws run');
    expect(what.answered).toBe(true);
    expect(what.answer).toContain('cut of KVM');
  });

  it('reads "the latest … version", "the newest … release" as asking a version number the story does not give', () => {
    for (const question of ["what's the latest xen version", 'what is the newest xen release']) {
      const reply = ask(question);
      expect(reply.answered).toBe(false);
      expect(reply.answer).toMatch(/^The story doesn't/);
    }
  });
});

describe('someone else’s profile does not stand in for their words', () => {
  it('answers with the quote naming the products, not the profile summarising it', () => {
    const answer = ask('which citrix products had users not asking about aws');
    expect(answer.answer).toContain('XenDesktop');
    // The profile opens with who he is; the claim may quote the article's sentence naming his title.
    expect(answer.answer).not.toMatch(/^David Cottingham is/);
  });

  it('still answers with the profile where the question asks about that person or a role', () => {
    expect(ask('what does cottingham do at citrix').answer).toContain('director for XenServer product management');
    expect(ask('who is the gartner analyst').answer).toContain('Warrilow');
  });
});

describe('what sits under the headline or title is the standfirst', () => {
  it('reads "below the title", "beneath the headline" as the standfirst, not a job title', () => {
    const answer = ask('what does the text below the title say about amazon');
    expect(answer.answer).toContain('The standfirst');
    expect(answer.answer).not.toContain('director');
    expect(ask("the sentence beneath the headline, what's aws's plan according to it").answer).toContain('multi-hypervisor');
  });

  it('still reads "title" alone as a job title', () => {
    expect(ask("what's warrilow's title").answer).toContain('research veep');
  });
});
