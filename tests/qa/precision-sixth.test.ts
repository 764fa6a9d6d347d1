import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('a "when" question about the article itself asks when it was published', () => {
  it('reads a phrasal verb of appearing, with or without an adverb of order, as publication', () => {
    expect(analyse('when did this piece originally go out').terms).toEqual(['i:published']);
    expect(analyse('when did the writeup go up').terms).toEqual(['i:published']);
  });

  it('answers with the article date, not with a date of the reporting it tells of', () => {
    const answer = ask('so when did this post first go up?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('November 22, 2017');
    expect(answer.answer).not.toContain('12 days');
  });

  it('leaves alone a question about something else in the article, or about an earlier story', () => {
    expect(analyse('when did this story say the board call was').terms).not.toEqual(['i:published']);
    expect(analyse('when did the first story go up').terms).not.toEqual(['i:published']);
  });
});

describe('a "why" question is not answered by the plan it presupposes', () => {
  const index = getIndex(story);
  const factSaying = (text: string) => index.facts.find((fact) => fact.answer.includes(text));

  it('marks a fact saying what was meant to happen, and not the one saying what came of it', () => {
    expect(factSaying('was meant to launch')?.features.has('@plan')).toBe(true);
    expect(factSaying('originally supposed to launch')?.features.has('@plan')).toBe(true);
    expect(factSaying('pushed the move')?.features.has('@plan')).toBe(false);
  });

  it('answers with the cause where the story gives one on the topic', () => {
    const answer = ask("why did capstone's launch move off the pad in virginia");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Autonomous Flight Termination System');
    expect(answer.answer).not.toContain('meant to launch');
  });

  it('declines rather than restate the plan when nothing on the topic gives a cause', () => {
    expect(ask('why was capstone supposed to launch from virginia').answered).toBe(false);
  });

  it('gives the cause the story does give for the plan not holding, never the plan', () => {
    const answer = ask('why did capstone not launch from virginia after all');
    expect(answer.answered).toBe(true);
    expect(answer.answer).not.toContain('meant to launch');
    expect(answer.answer).toContain('delays in certifying');
  });
});

describe('a "which <organisation>" question ending on a preposition of affiliation asks whose the person is', () => {
  it('reads "which company is X a … at / with / from" as asking the role and employer', () => {
    expect(analyse('what outfit is cottingham with').terms).toContain('i:role');
    expect(analyse('which company is potti a vp at').terms).toContain('i:role');
  });

  it("answers with the person's own organisation, not one named near them", () => {
    const answer = ask('which company is potti a vp at');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain("Sunil Potti is Google's VP");
    expect(ask('which company is bulpin from').answer).toContain("James Bulpin is Citrix's");
  });

  it('leaves alone an organisation asked about in what the person said', () => {
    expect(analyse('which company did warrilow say is going to kvm').terms).not.toContain('i:role');
    expect(ask('which company did warrilow say is going to kvm').answer).toContain('Oracle');
  });
});

/** "is the article from 2017", "was this published in 2017": the article's date, by its year. */
describe('a yes/no question about the article’s year', () => {
  it.each(['is the article from 2017', 'was this published in 2017', 'is this old news'])(
    'answers "%s" with the dates',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('November 22, 2017');
    },
  );
});
