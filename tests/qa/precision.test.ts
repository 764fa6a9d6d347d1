import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { agentlessFeature, quoteNamesFeature } from '../../src/qa/candidates.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { compileIgnorance, unknownClauses } from '../../src/qa/ignorance.js';
import { getLexicon } from '../../src/qa/lexicon.js';
import { stem } from '../../src/qa/text.js';
import { compileValueDetector } from '../../src/qa/values.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('what the story says it does not know', () => {
  const phrases = compileIgnorance(getLexicon().ignorance);
  const interrogatives = getIndex(story).language.interrogatives;
  const clauses = (text: string) => unknownClauses(text, phrases, interrogatives);

  it('finds the embedded question after or before a phrase of not knowing, with its question word', () => {
    expect(clauses('Nobody knows much, and we have no idea where the money went.')).toEqual([
      { asks: 'where', text: 'where the money went' },
    ]);
    const before = clauses('So who signed the letter is unknown.');
    expect(before.map((c) => c.asks)).toEqual(['who']);
    expect(before[0]?.text).toMatch(/^who signed the letter/);
  });

  it('finds none where no question is embedded', () => {
    expect(clauses("I'm not aware of any benchmark that shows it.")).toEqual([]);
    expect(clauses('What he said was clear.')).toEqual([]);
  });

  it('declines a question asking for what the story does not know, with the sentence saying so and what it holds', () => {
    const answer = ask("what did chris schlaeger tell the advisory board regarding amazon's intentions");
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain("we don't know what he told the Board");
    const explained = ask('what did schlaeger explain to the board');
    expect(explained.answered).toBe(false);
    expect(explained.partial?.answer).toContain('what is true and what isn’t');
    expect(new Set(explained.partial?.sources.map((s) => `${s.paragraph}${s.speaker}`)).size).toBe(
      explained.partial?.sources.length,
    );
  });

  it('leaves words the story never uses out of where the question points', () => {
    const answer = ask(
      "what exactly did schlaeger tell the advisory board on the call about amazon's plans, the substance of it",
    );
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain("we don't know");
  });

  it('matches the question word: a "why" question is declined by what the story cannot explain, a "who" question is not', () => {
    const why = ask("why did AWS ignore the Register's requests for comment");
    expect(why.answered).toBe(false);
    expect(why.partial?.answer).toContain('has no idea why');
    expect(ask('who from amazon addressed the advisory board').answer).toContain('Schlaeger');
  });

  it('answers yes/no questions, and questions about the not knowing itself', () => {
    expect(ask("did schlaeger's remarks make it into the minutes").answered).toBe(true);
    const about = ask("why don't we know what schlaeger said to the board");
    expect(about.answered).toBe(true);
    expect(about.answer).toMatch(/requested|asked/);
  });
});

describe('a passive without its agent does not say who', () => {
  const index = getIndex(story);
  const factSaying = (words: string) => index.facts.find((f) => f.answer.includes(words));

  it('marks a verb used in the passive with no "by" after it, and not one with its agent', () => {
    expect(factSaying('its cut of KVM was created')?.features.has(`${agentlessFeature}creat`)).toBe(true);
    const addressed = index.facts.filter((f) => f.answer.includes('the call was addressed by'));
    expect(addressed.length).toBeGreaterThan(0);
    for (const fact of addressed) expect(fact.features.has(`${agentlessFeature}address`)).toBe(false);
  });

  it('declines "who <verb>ed X" where the story only says X was <verb>ed, and answers where it says by whom', () => {
    expect(ask('who first created kvm').answered).toBe(false);
    const addressed = ask('who was the advisory board call addressed by');
    expect(addressed.answered).toBe(true);
    expect(addressed.answer).toContain('Schlaeger');
  });
});

describe('what someone calls a thing is what they said of it', () => {
  it('reads "what does X call Y" as asking for X\'s words', () => {
    const index = getIndex(story);
    expect(analyseQuestion(index, 'what did the gartner analyst call amazon’s move').type).toBe('said');
    expect(ask('what did the gartner analyst call amazon’s move').answer).toContain('final nail in the coffin');
    expect(ask('what did cottingham call the kvm instance type').answer).toContain('net-new');
  });
});

describe('a question about the future is not answered with a past date', () => {
  const index = getIndex(story);

  it('knows a question speaks of the future by its first auxiliary', () => {
    expect(analyseQuestion(index, 'when will amazon stop using xen').future).toBe(true);
    expect(analyseQuestion(index, 'what year is rocket lab going to launch from virginia').future).toBe(true);
    expect(analyseQuestion(index, 'when did aws say it will move to kvm').future).toBe(false);
  });

  it('declines with what the story says will happen, undated, rather than the date of the update', () => {
    const answer = ask("by which date will every new ec2 instance type run on amazon's new hypervisor");
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain("doesn't say when");
    expect(answer.partial?.answer).toContain('eventually');
  });

  it('still answers when something happened', () => {
    const answer = ask('when did chris schlaeger address the advisory board');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('November');
  });
});

describe('what a question rules out is a noun phrase', () => {
  it('ends at the clause verb, which the question still asks about', () => {
    const index = getIndex(story);
    const question = analyseQuestion(index, 'which company apart from aws has also gone with kvm per the gartner analyst');
    expect(question.excluded).toEqual(['aws']);
    expect(question.terms).toContain('kvm');
    expect(ask('which company apart from aws has also gone with kvm per the gartner analyst').answer).toContain('Oracle');
  });

  it('still ends at punctuation', () => {
    const question = analyseQuestion(getIndex(story), 'who else, besides amazon, is leaving xen');
    expect(question.excluded).toEqual(['aws']);
  });
});

describe('a count counts the noun asked about', () => {
  const index = getIndex(story);

  it('finds the noun after the count cue, past determiners and amounts', () => {
    expect(analyseQuestion(index, 'how many of those other instance types are there').counted).toBe(
      stem('instance', index.language.stems),
    );
    // A part of the page is counted by its intent: the fact listing it says how many there are.
    expect(analyseQuestion(index, 'how many of those other teasers are there').counted).toBe('i:related');
    expect(analyseQuestion(index, 'how many billions of devices are coming').counted).toBe(stem('devices', index.language.stems));
    expect(analyseQuestion(index, 'how many are there').counted).toBeNull();
  });

  it('declines a count the story gives only of something else, and answers one it gives', () => {
    const hypervisors = ask('how many hypervisors does aws run');
    expect(hypervisors.answered).toBe(false);
    expect(hypervisors.answer).not.toContain('billions');
    const languages = ask('how many languages is google starting with');
    expect(languages.answered).toBe(true);
    expect(languages.answer).toMatch(/two (programming )?languages/);
  });
});

describe('the day of the week is a kind of value of its own', () => {
  it('is stated by a weekday, and a date alone does not state it', () => {
    const values = compileValueDetector(getLexicon());
    expect(values.valuesIn('The call was held on Thursday, November 16.').has('weekday')).toBe(true);
    expect(values.valuesIn('The call was held on November 16.').has('weekday')).toBe(false);
  });

  it('declines "what day of the week" with the date the story gives', () => {
    const answer = ask('what day of the week did the reg publish this story');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain("doesn't give the day of the week");
    expect(answer.partial?.answer).toContain('November 22, 2017');
  });
});

describe('the unit of a value asked for is not searched', () => {
  const index = getIndex(story);

  it('drops "dollars", "hours" and "percentage" from a question asking for a value, and keeps them elsewhere', () => {
    const price = analyseQuestion(index, 'how much did the bluetooth relay kit cost in dollars');
    expect(price.wants).toBe('price');
    expect(price.terms).not.toContain(stem('dollars', index.language.stems));
    expect(analyseQuestion(index, 'what percentage of amazon fleet is nvme').terms).not.toContain(
      stem('percentage', index.language.stems),
    );
    expect(analyseQuestion(index, 'did anyone mention dollars').terms).toContain(stem('dollars', index.language.stems));
  });

  it("so the story's related fact is offered when it has no such value", () => {
    const answer = ask("what percentage of amazon's fleet will be nvme servers");
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain("doesn't give a percentage");
    expect(answer.partial?.answer).toContain('fleet');
  });
});

describe('an inflection of a known word is not a typo', () => {
  it('reads "started" as "start", not as a typo of "stated"', () => {
    const index = getIndex(story);
    const start = analyseQuestion(index, 'when did the project start').terms;
    expect(analyseQuestion(index, 'what year was the xen project started').terms).toEqual(expect.arrayContaining(start));
    expect(ask('what year was the xen project started').answered).toBe(false);
  });

  it('still corrects a misspelt name', () => {
    expect(analyseQuestion(getIndex(story), 'what did warrilw say').entities).toContain('michael-warrilow');
  });
});

describe('a yes/no question about what someone does is not answered by their words about another', () => {
  it('marks whom a quote\'s own words name, and "I" or "we" as its speaker', () => {
    const index = getIndex(story);
    const quote = index.facts.find((f) => f.kind === 'quote' && f.answer.includes("AWS haven't said"));
    expect(quote?.features.has(`${quoteNamesFeature}aws`)).toBe(true);
    expect(quote?.features.has(`${quoteNamesFeature}citrix`)).toBe(false);
    const excited = index.facts.find((f) => f.kind === 'quote' && f.answer.includes('I’m excited'));
    expect(excited?.features.has(`${quoteNamesFeature}james-bulpin`)).toBe(true);
  });

  it("declines where the speaker's words are about someone else, and answers where they speak of themselves", () => {
    expect(ask('is citrix switching xenserver to kvm as well').answered).toBe(false);
    const excited = ask('is bulpin excited about xen in cars');
    expect(excited.answered).toBe(true);
    expect(excited.answer).toContain('excited');
  });
});

describe('free relative pronouns are function words', () => {
  it('does not search "whatever", so "whatever it is that AWS is up to" does not answer for it', () => {
    const index = getIndex(story);
    expect(analyseQuestion(index, 'did whatever schlaeger told the board make it into the minutes').terms).not.toContain(
      'whatever',
    );
    const answer = ask('did whatever schlaeger explained to the board get into the minutes');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('left out of the minutes');
  });
});

describe('a "who" question names what it asks about', () => {
  it('is not answered by a fact that never names the thing the question names', () => {
    expect(ask('who developed kvm').answered).toBe(false);
  });

  it('is answered by a fact naming it and someone new', () => {
    const answer = ask('which company is moving to kvm');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/AWS|Amazon|Oracle/);
    expect(ask('who is moving new instance types to kvm').answer).toMatch(/AWS|Amazon/);
  });
});

describe('a "whose" question names the thing it asks the owner of', () => {
  const index = getIndex(story);

  it('reads the noun after "whose", even a word the engine otherwise skips', () => {
    expect(analyseQuestion(index, 'whose text did the minutes mention').possessed?.stem).toBe(stem('text', index.language.stems));
    expect(analyseQuestion(index, 'whose is the launch pad').possessed).toBeNull();
    expect(analyseQuestion(index, 'what did the minutes mention').possessed).toBeNull();
  });

  it('answers with a fact naming the noun, not with another fact on the same topic', () => {
    const answer = ask('whose report came up in the advisory board minutes');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain("The Register's report");
  });

  it('declines where no fact on the topic names the noun', () => {
    expect(ask('whose text did the minutes mention').answered).toBe(false);
    expect(ask('whose opinion was in the board minutes').answered).toBe(false);
  });
});

describe('a version of named software is a kind of value', () => {
  const values = compileValueDetector(getLexicon());
  const index = getIndex(story);

  it('finds release numbers, not model numbers or amounts', () => {
    expect(values.valuesIn('Xen 4.9 shipped last summer.').has('version')).toBe(true);
    expect(values.valuesIn('It moved to version 3 of the protocol.').has('version')).toBe(true);
    expect(values.valuesIn('The Model 3 waited 12 days.').has('version')).toBe(false);
  });

  it('reads "which <name> version" as asking for one, but not a clause after the question word', () => {
    expect(analyseQuestion(index, 'which xen version do the older ec2 instances run').wants).toBe('version');
    expect(analyseQuestion(index, 'what does amazon call its version of kvm').wants).toBeNull();
    // "what version of" asks for a version too, which a variant of the thing named gives (version-variants.test.ts).
    expect(analyseQuestion(index, 'what version of kvm is amazon running').asksVariant).toBe(true);
  });

  it('declines where the story gives no version number, saying so and what it holds', () => {
    const answer = ask('what kvm version did amazon base its cut on');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toContain("doesn't give a version number");
    expect(ask('which xen version do the older ec2 instances run').answered).toBe(false);
  });

  it('still answers what the story calls a version', () => {
    expect(ask('what version of kvm is amazon running').answer).toContain('cut of KVM');
  });
});

describe('a related story’s teaser answers only a question pointing at a related story', () => {
  it('does not answer a question about the page’s own headline and standfirst with a teaser', () => {
    const answer = ask('headline and standfirst please');
    expect(answer.answer).not.toContain('related story');
  });

  it('still answers a question naming a related story or something in its teaser', () => {
    expect(ask("what's the standfirst under the capstone headline").answer).toContain('CAPSTONE');
    expect(ask('what does the standfirst of the related tesla story say').answer).toContain('Tesla');
  });

  it('finds the standfirst by where it sits, under the headline', () => {
    const answer = ask("what's the standfirst below the headline");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('multi-hypervisor');
  });
});

describe('dates that say when the story reported something, not when it happened', () => {
  it('declines "when did AWS talk to TechTarget" with a partial answer holding the update’s date', () => {
    for (const question of [
      'when exactly did amazon speak to techtarget',
      'on what date did aws give techtarget its statement',
    ]) {
      const answer = ask(question);
      expect(answer.answered, question).toBe(false);
      expect(answer.partial?.answer, question).toContain('November 24');
    }
  });

  it('still answers when the story itself was updated, with the year', () => {
    const answer = ask('what date did the register update this article');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('November 24, 2017');
  });

  it('reads "UPDATE, <date>:" at the start of a sentence as a dateline, and a date inside a sentence as its own', () => {
    const index = getIndex(story);
    const update = index.facts.find((fact) => fact.kind === 'sentence' && fact.answer.startsWith('UPDATE, November 24th:'));
    expect(update?.valueKinds.hasDate).toBe(false);
    expect(update?.valueKinds.values.has('day')).toBe(false);
    const published = index.facts.find((fact) => fact.kind === 'published');
    expect(published?.valueKinds.hasDate).toBe(true);
  });
});
