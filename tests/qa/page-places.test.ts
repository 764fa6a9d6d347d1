import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('a phrase placing another part of the page low on it says where that part is', () => {
  it('drops the footer a place phrase would ask for beside another part', () => {
    expect(analyse('how many teasers are there at the very bottom').terms).toEqual(['i:related']);
    expect(analyse('what do the related articles at the foot of the page cover').terms).not.toContain('i:footer');
  });

  it('keeps the footer where a name of it is used, or no other part is named', () => {
    expect(analyse('what does the tagline at the bottom of the page say').terms).toContain('i:footer');
    expect(analyse('what is written at the bottom of the page').terms).toContain('i:footer');
  });

  it('counts the related stories placed at the bottom of the page', () => {
    const answer = ask('how many related stories are there at the end of the page');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/^Under the heading “Other stories you might like”, the page lists 3 other stories/);
  });
});

describe('several stories placed low on the page are the related stories', () => {
  it('names the related stories by a plural noun for an article beside a place on the page', () => {
    expect(analyse('which articles are down the bottom of the page').terms).toContain('i:related');
    expect(analyse('how many articles are there at the very bottom').counted).toBe('i:related');
  });

  it('does not take a plural without a place for the related stories', () => {
    expect(analyse('how many stories has the register written about aws and kvm').terms).not.toContain('i:related');
  });

  it('lists and counts them', () => {
    expect(ask('what stories are listed at the foot of the page').answer).toMatch(
      /^Under the heading “Other stories you might like”, the page lists 3 other stories/,
    );
    expect(ask('how many other stories are there at the bottom of the page').answer).toMatch(
      /^Under the heading “Other stories you might like”, the page lists 3 other stories/,
    );
  });
});

/**
 * "what's the tesla story about": a noun for an article right after a word of a related story's
 * headline names that story; its teaser answers, and what that story says answers "what did the
 * tesla article say about …".
 */
describe('a related story named by a word of its headline', () => {
  it.each([
    ["what's the tesla story about", 'Pentester pops open Tesla Model 3'],
    ['what is the google article about', 'Google assuring open-source code'],
    ['summarise the capstone piece', "Rocket Lab is taking NASA's CAPSTONE to the Moon"],
  ])('answers "%s" with that story’s teaser', (question, headline) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer.split('\n')[0]).toContain(headline);
  });

  it('answers what that story says about something from anything in it', () => {
    const reply = answerQuestion(story, 'what did the tesla article say about latency');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('latency');
  });

  it('leaves a word of this story’s own naming this story', () => {
    expect(answerQuestion(story, "what's the xen story about").answer).not.toContain('related story “');
  });
});

/**
 * "how does the reg describe amazon's earlier statements" is not answered by a related story's
 * sentence sharing only the publication and a common word ("originally"): a related story's fact
 * answers a question pointing at one or naming something only the related stories hold.
 */
describe('a fact of a related story', () => {
  it('does not answer a question about this story that shares only common words with it', () => {
    const reply = answerQuestion(story, "how does the reg describe amazon's earlier statments");
    expect(reply.answer).not.toContain('CAPSTONE');
  });

  it('still answers a question naming no one, by what the related story holds', () => {
    expect(answerQuestion(story, 'where is the spacecraft going').answer).toContain('Moon');
  });

  it('still answers a question naming something only the related stories hold', () => {
    expect(answerQuestion(story, 'where was capstone originally supposed to launch from').answer).toContain('Wallops Island');
    expect(answerQuestion(story, 'what did sunil potti say').answered).toBe(true);
  });

  it('answers "which stories are related" with the related stories', () => {
    const reply = answerQuestion(story, 'which stories are related?');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('3 other stories');
  });
});

describe('the heading over the related stories, and stories said to be linked', () => {
  it('answers what heading the page prints over the teasers', () => {
    const reply = answerQuestion(story, 'what heading is above the teaser stories');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Under the heading “Other stories you might like”');
  });

  it('reads stories "linked" at the bottom as the related stories, whatever else names them', () => {
    const reply = answerQuestion(story, 'what are the stories linked at the bottom of the page');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('3 other stories');
  });
});

describe('whom the template is for', () => {
  it.each(["Who is the Linux Foundation's social-media template meant for?", 'LF sent a template for what'])(
    '"%s" is answered by the template, saying it is for members\' posts',
    (question) => {
      const reply = answerQuestion(story, question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain("for members' social media posts");
    },
  );
});

describe('a related story named by a word of its headline and "thing", or placed at the end', () => {
  it.each([
    ["what's the tesla thing at the bottom of the page about", 'Pentester pops open Tesla Model 3'],
    ['whats the google story at the end about', 'Google assuring open-source code'],
  ])('"%s" is answered by that teaser', (question, title) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(`The related story “${title}`);
  });

  it('still reads "at the end" of the article as its ending', () => {
    expect(answerQuestion(story, 'what does the article say at the end').answer).toContain('long and happy future');
  });
});
