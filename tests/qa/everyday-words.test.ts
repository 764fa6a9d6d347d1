import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);

/**
 * "saved", "kept copies" for the story's "preserved"; "a 180", "flip flopped" for its "contradiction":
 * everyday words the language lexicon and the topic file group with the story's own.
 */
describe('everyday words for the story’s own', () => {
  it.each([
    'r the aws docs they quoted saved anywhere or did they vanish',
    'did the newspaper keep copies of the amazon papers they wrote about',
    'were the aws documents archived',
  ])('"%s" → the copies preserved for posterity', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('preserved copies of them for posterity');
  });

  it.each(['isnt that a total 180 from their earlier posts', 'did aws do an about-face on its earlier posts'])(
    '"%s" → the contradiction the update reports',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('contradiction of its previous posts');
    },
  );
});

describe('chat words and set phrases for the story’s own', () => {
  it('reads "pwned" as the hack the teaser reports', () => {
    const reply = ask('which tesla feature gets pwned');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('passive entry feature');
  });

  it('reads "reach out" and "react" as the story\'s words of replying', () => {
    const asked = ask('which company did el reg reach out to about its hypervisor strategy');
    expect(asked.answered).toBe(true);
    expect(asked.answer).toContain('AWS');
    const board = ask('how is the xen board going to react to aws');
    expect(board.answered).toBe(true);
    expect(board.answer).toContain('how the Board will respond');
  });

  it.each(['why did google pick those two languages to start', 'why did google opt for those two languages first'])(
    'reads picking or choosing as prioritising in "%s"',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toMatch(/particularly high-risk profiles|prioritize/);
    },
  );

  it('reads talking to the press for someone as speaking for them', () => {
    const reply = ask('which org talks to the press for the xen project');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('The Linux Foundation');
  });

  it('reads what someone "wanted from" another as what they asked them for', () => {
    const reply = ask('what did el reg want from amazon');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('asked AWS for an interview');
  });

  it('reads a dateline as the publication date and a stamp or timestamp as a date', () => {
    expect(ask('whats the dateline on this piece').answer).toContain('November 22, 2017');
    const stamped = ask('which date is the update stamped with');
    expect(stamped.answered).toBe(true);
    expect(stamped.answer).toContain('November 24, 2017');
  });

  it('reads "hyping" as pitching, and keeps "Hyper-V" apart from it', () => {
    const hyped = ask('what is the xen project hyping these days');
    expect(hyped.answered).toBe(true);
    expect(hyped.answer).toContain('embedded');
    expect(ask('does hyper-v come up').answered).toBe(false);
  });

  it('reads "hackable" as open to the hack the teaser reports', () => {
    const reply = ask('what on the model 3 is hackable');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('passive entry');
  });

  it('reads "the verbatim wording" as asking for the words themselves, not searching it', () => {
    const reply = ask("What is the verbatim wording of Amazon's statement to TechTarget?");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Amazon Web Services, to TechTarget');
  });

  it('reads "handed" as "gave", a verb of giving that searches nothing', () => {
    for (const question of [
      'could you share the social media template the linux foundation handed its members',
      'what was the template the LF handed members?',
    ]) {
      const reply = ask(question);
      expect(reply.answered, question).toBe(true);
      expect(reply.answer, question).toContain('social-media template');
    }
  });
});

describe('a promo post and its bitly link', () => {
  it('reads "promo post" as the template and "bitly" as its short link', () => {
    const reply = ask('wats the bitly link in the xen promo post');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('http://bit.ly/2mPf0Wf');
  });
});

describe('a view, a degree and a register asked in other words', () => {
  it('reads "the Register\'s read on" as its view', () => {
    const reply = ask("What's The Register's own read on Xen's prospects in the cloud?");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('the future looks grim for Xen');
  });

  it('answers "less involved" by what the Linux Foundation expects of AWS', () => {
    const reply = ask('Does the Linux Foundation expect AWS to get less involved in Xen?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('active member of the Xen Project');
  });

  it('reads "walking away from" as leaving', () => {
    const reply = ask('is amazon walking away from the xen project');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('active member of the Xen Project');
  });

  it('sets "in business terms" aside, as "in plain terms" is', () => {
    const reply = ask('what markets is the xen project pitching itself for, in business terms?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('jobs other than cloudy servers');
  });
});

describe('a tag sentence after a claim', () => {
  it.each(['I heard Gartner basically said Xen is finished. True?', 'xen is dying, true?'])(
    '"%s" asks whether the claim holds',
    (question) => {
      expect(analyseQuestion(shipped, question).terms).not.toContain('tru');
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('final nail in the coffin');
    },
  );

  it('reads "yes or no" at the end as asking yes or no', () => {
    expect(analyseQuestion(shipped, 'aws left the xen project board, yes or no?').type).toBe('yesno');
    expect(analyseQuestion(shipped, 'xen is dying, yes or no').type).toBe('yesno');
  });
});

describe('customers getting in touch', () => {
  it.each([
    'Has Citrix had worried customers phoning about the AWS news?',
    'have citrix customers been ringing up worried about the amazon news',
  ])('"%s" asks about the queries Citrix had', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('no queries');
  });

  it('leaves a call about something a call, not a query', () => {
    const reply = ask("what exactly did schlaeger tell the advisory board on the call about amazon's plans");
    expect(reply.answered).toBe(false);
    expect(reply.partial?.answer).toContain("we don't know");
  });
});

describe('a piece of the text asked for by its name', () => {
  it.each([
    ["What's the paragraph about the Advisory Board minutes saying?", 'left out of the minutes'],
    ["What's the gist of the social media template paragraph?", 'staple for #cloud'],
    ['What does the James Bulpin quote boil down to?', 'reusable technology component'],
    ['what is the passage on the contradiction getting at', 'a contradiction of its previous posts'],
  ])('"%s" asks what that piece says', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it('reads "the copyright range" as the footer\'s years', () => {
    expect(ask("what's the copyright range in the footer").answer).toContain('1998–2022');
  });

  it('reads "hes" as "he is"', () => {
    const reply = ask('citrix director said hes not aware of what');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('not aware of anything');
  });
});

describe('asides and plain words', () => {
  it.each([
    ['never heard of chris schlaeger, who is he', 'Chris Schlaeger is with AWS'],
    ['any citrix customers complaining yet', 'no queries'],
    ['what does the little line under the title say', 'The standfirst'],
  ])('"%s"', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it.each(["are xen's days numbered", "xen's days are numbered at aws, why?"])(
    '"%s" → the doom the story reports',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toMatch(/final nail in the coffin|future looks grim/);
    },
  );

  it.each(['how does the car normally know ur phone is too far away', 'doesnt the tesla check how far the phone is somehow'])(
    '"%s" → the latency check ("far" is a word of distance, not a stopword)',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('measuring transmission latency');
    },
  );

  it.each([
    "which word does el reg use for the mismatch between the techtarget comment and aws's old posts?",
    "whats the discrepancy between aws's previous posts and the techtarget comment",
  ])('"%s" → the contradiction ("mismatch", "discrepancy")', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('contradiction');
  });

  it.each(['what did cottingham tie the aws move to', 'does the citrix guy tie the kvm thing into anything else aws is doing'])(
    '"%s" → what Cottingham says the offering aligns with ("tie", "tie into")',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('David Cottingham (Citrix)');
      expect(reply.answer).toMatch(/align/);
    },
  );
});

/** "still being built", "under construction": asking whether something is finished asks its completion. */
describe('words of a construction under way', () => {
  it.each(['is launch complex 2 still under construction', 'launch complex 2 in virginia: done or still being built?'])(
    '"%s" → the story’s "completed"',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('has been completed');
    },
  );
});
