import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const straight = (text: string) => text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');

describe('"who is" questions', () => {
  it('give name, title and organisation, citing where the person appears', () => {
    const answer = ask("who's the gartner guy?");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Michael Warrilow');
    expect(answer.answer).toContain('research veep for infrastructure software');
    expect(answer.answer).toContain('Gartner');
    expect(answer.sources[0]).toEqual({ paragraph: 17, speaker: 'Michael Warrilow' });
  });

  it('name an organisation and its people', () => {
    const answer = ask('Who was quoted from Citrix?');
    expect(answer.answer).toMatch(/James Bulpin[\s\S]*David Cottingham/);
  });
});

describe('"what did X say" questions', () => {
  it('quote X verbatim with attribution and the paragraph', () => {
    const answer = ask('wat did amazon tell techtarget');
    const quote = story.quotes.find((q) => q.saidTo === 'to TechTarget');
    expect(quote).toBeDefined();
    expect(answer.answer).toContain(quote?.text);
    expect(answer.answer).toContain('Amazon Web Services');
    expect(answer.sources).toContainEqual({ paragraph: quote?.paragraph, speaker: 'Amazon Web Services' });
  });

  it('give every quote of X when no topic narrows it, each verbatim', () => {
    const answer = ask('What did Michael Warrilow say?');
    for (const quote of story.quotes.filter((q) => q.speaker === 'michael-warrilow')) expect(answer.answer).toContain(quote.text);
  });

  it('narrow to the quote about the topic', () => {
    const answer = ask('What did Cottingham say about benchmarking?');
    expect(answer.answer).toContain('not aware of anything');
    expect(answer.answer).not.toContain('XenDesktop');
  });

  it('abstain for someone the story never quotes', () => {
    expect(ask('What did Snyk say?').answered).toBe(false);
  });
});

describe('"when" and "how many" questions', () => {
  it('give the date', () => {
    expect(ask('When did AWS comment to TechTarget?').answer).toContain('November 24');
  });

  it('give the number', () => {
    expect(ask('How long did The Register’s email go unanswered?').answer).toContain('12 days');
    expect(ask('How many devices will come online at the edge?').answer).toContain('billions');
  });
});

describe('questions about the story itself', () => {
  it('give the template with its hashtags, account and link', () => {
    const answer = ask('give me the tweet template');
    const template = story.templates.find((t) => t.default);
    expect(straight(answer.answer)).toContain(straight(template?.text ?? '-'));
    expect(answer.sources[0]?.paragraph).toBe(template?.paragraph);
  });

  it('give the headline, the update date and the other stories', () => {
    expect(ask('What is the headline?').answer).toContain(story.meta.headline);
    expect(ask('When was the article updated?').answer).toContain(story.meta.update.date);
    const others = ask('What are the other stories?').answer;
    for (const related of story.related) expect(others).toContain(related.title);
  });

  it('give what AWS contradicted in its own earlier words', () => {
    const answer = ask('in what way is aws contradicting itself');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('eventually all new instance types will use the new EC2 hypervisor');
  });

  it("give the update in AWS's own words", () => {
    const answer = ask('so after the update, is amazon still shipping xen platforms?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('both Xen and our new hypervisor');
  });
});

describe('facts and paraphrases', () => {
  it('understands slang for the story words', () => {
    expect(ask('is xen dead?').answer).toContain('final nail in the coffin');
    expect(ask('what hypervisor is amazon switching to').answer).toContain('KVM');
  });

  it('answers whose plan is asked for, not another plan the same words cover', () => {
    const firstLine = (q: string) => ask(q).answer.split('\n')[0];
    expect(firstLine("What's Xen's plan now that Amazon is moving to KVM?")).toContain('embedded');
    expect(firstLine("What is AWS's plan for new EC2 instance types?")).toContain('custom cut of KVM');
  });

  it('reads a kind named in two words: "which programming languages"', () => {
    expect(ask("What programming languages will Google's new service focus on?").answer).toMatch(/Java and Python/);
  });

  it('spells out an abbreviation where the story does, and only there', () => {
    expect(ask('What does CAPSTONE stand for?').answer).toContain('Cislunar Autonomous Positioning System');
    expect(ask('What is AFTS short for?').answer).toContain('Autonomous Flight Termination System');
    expect(ask('What does AWS stand for?').answer).toContain('Amazon Web Services');
    // The story uses EC2 but never says what it stands for.
    expect(ask('What does EC2 stand for?').answered).toBe(false);
  });

  it('does not answer a yes/no question with a fact that names the same people but not the happening', () => {
    expect(ask('Did Tesla respond to NCC Group?').answered).toBe(false);
    expect(ask('Did AWS contradict itself?').answer).toMatch(/contradict/);
  });

  it('cites a paragraph that exists for every answer', () => {
    for (const q of ['Is the KVM instance type new?', 'Why weren’t Schlaeger’s remarks in the minutes?', 'What is CAPSTONE?']) {
      const answer = ask(q);
      expect(answer.answered).toBe(true);
      expect(answer.sources.length).toBeGreaterThan(0);
      for (const source of answer.sources) expect(story.paragraphById.has(source.paragraph)).toBe(true);
    }
  });

  it('cites each paragraph and speaker once, in answers and partial answers alike', () => {
    for (const q of ['when did oracle switch to kvm', 'what year did aws first start using xen', 'what did gartner say']) {
      const answer = ask(q);
      const sources = answer.partial?.sources ?? answer.sources;
      expect(sources.length).toBeGreaterThan(0);
      const keys = sources.map((s) => `${s.paragraph}|${s.speaker ?? ''}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });
});

describe('questions of kinds nobody tuned on', () => {
  it('balances a yes/no answer with the qualification the story itself gives next', () => {
    const dead = ask('is xen finished');
    expect(dead.answer).toContain('final nail in the coffin');
    expect(dead.answer).toContain('The story goes on: In the cloud and for server virtualization, at least. But with billions');
    expect(dead.sources.map((s) => s.paragraph)).toContain(20);
    const investing = ask('will aws stop investing in xen?');
    expect(investing.answer).toContain(
      'The story goes on: AWS did, however, say that all new future instance types will use KVM.',
    );
  });

  it('adds no qualification to questions that are not yes/no, nor where the story gives none', () => {
    expect(ask("what's gartner's take on xen").answer).not.toContain('The story goes on');
    expect(ask('did citrix customers complain about the aws news').answer).not.toContain('The story goes on');
  });

  it('answers "how does X work" with a text saying how, and declines where the story never says', () => {
    const relay = ask('how does the tesla relay thing work exactly');
    expect(relay.answered).toBe(true);
    expect(relay.answer).toContain('the technique involves relaying');
    expect(ask('how does a hypervisor work').answered).toBe(false);
    expect(ask('how does kvm work').answered).toBe(false);
  });

  it('answers "what <kind> did X bring up" with the one X named, and declines for someone who named none', () => {
    expect(ask('what famous bug did the google exec bring up').answer).toContain('Remember Log4j?');
    expect(ask('what famous bug did ncc group find').answered).toBe(false);
  });

  it('answers what X told someone only with what X said to them', () => {
    expect(ask('what did amazon tell the register').answered).toBe(false);
    expect(ask('what did aws tell techtarget').answer).toContain('best virtualization technology');
  });

  it('reads "press" as a noun of saying, no typo: who handles the press for someone speaks for them', () => {
    const reply = ask('who looks after press for the xen project');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Linux Foundation');
  });

  it('says who speaks for whom when asked why one answered for the other', () => {
    expect(ask('why did the LF answer and not xen project itself').answer).toContain('speaks for the Project');
  });

  it('answers "who" only with a fact concerning whom the question names', () => {
    expect(ask('who runs the xen project').answered).toBe(false);
    expect(ask('Who does David Cottingham work for?').answer).toContain('Citrix');
  });

  it('answers "what" about someone only with a fact concerning them', () => {
    expect(ask("What's the Register's phone number?").answered).toBe(false);
    expect(ask("what's gartner's take on xen").answer).toContain('final nail');
  });

  it('declines a name the story does not give, saying what it does', () => {
    const answer = ask('whats the name of the linux foundation person who sent the statement');
    expect(answer.answered).toBe(false);
    expect(answer.partial?.answer).toMatch(/^The story doesn't give a name\. What it does say: .*Linux Foundation/);
  });
});

describe('abstention', () => {
  it.each([
    'What is the meaning of life?',
    'What did IBM say about KVM?',
    'what did vmware say about xen',
    'How many instance types does AWS offer?',
    'When will Xen 5.0 ship?',
    'Who is the CEO of AWS?',
    "What's 2+2?",
    'zzzz',
    '',
    '   ',
  ])('%j: says what the story does not say and offers three questions', (question) => {
    const answer = ask(question);
    expect(answer.answered).toBe(false);
    expect(answer.answer).toMatch(/^The story doesn't (?:say|give)/);
    expect(answer.sources).toEqual([]);
    expect(answer.suggestions).toHaveLength(3);
  });

  it('names the unknown vendor', () => {
    expect(ask('What did IBM say about KVM?').answer).toContain('IBM');
  });

  it('suggests questions it can answer, about whom the question named when it can', () => {
    const answer = ask('What is Citrix’s stock price?');
    expect(answer.suggestions.join(' ')).toMatch(/Bulpin|Cottingham/);
    for (const suggestion of answer.suggestions) expect(ask(suggestion).answered, suggestion).toBe(true);
    for (const suggestion of ask('hello').suggestions) expect(ask(suggestion).answered, suggestion).toBe(true);
  });
});

describe('the index', () => {
  it('is built once per story', () => {
    expect(getIndex(story)).toBe(getIndex(story));
    expect(getIndex(loadStory())).not.toBe(getIndex(story));
  });
});
