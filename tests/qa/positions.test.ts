import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('a question pointing at a place in the article', () => {
  it('reads a position adjective before a noun for a stretch of text as that place', () => {
    expect(analyse('what does the closing paragraph say').terms).toContain('i:ending');
    expect(analyse('what is in the first few words, the first sentence').terms).toContain('i:opening');
  });

  it('reads a verb whose subject is the article or a part of it as that place', () => {
    expect(analyse('how does the piece conclude').terms).toEqual(['i:ending']);
    expect(analyse('how does the article open').terms).toEqual(['i:opening']);
    expect(analyse('how does the update wrap up').terms).toContain('i:ending:update');
  });

  it('reads "the end of" the article or a part of it as that place, and a bare "the end" where the article is named', () => {
    expect(analyse('what is said at the tail end of the update').terms).toContain('i:ending:update');
    expect(analyse('at the end, what does this article say about xen').terms).toContain('i:ending');
  });

  it('leaves alone "end" as a happening, or the end of something other than the article', () => {
    expect(analyse('will amazon end its xen work').terms).not.toContain('i:ending');
    expect(analyse('does the story call this the end of xen').terms).not.toContain('i:ending');
    expect(analyse('was the update added at the end, and on what date').terms).not.toContain('i:ending');
  });

  it('answers with what sits last in the body, not in the update named as its boundary', () => {
    const answer = ask('how does the story end, above the update');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('long and happy future');
    expect(answer.answer).not.toContain('TechTarget');
  });

  it('answers with what sits last in the update when the update is where it is', () => {
    const answer = ask('what is the register puzzled by in the closing lines of the update');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('no idea why AWS ignored');
  });

  it("answers with the opening paragraph's words", () => {
    const answer = ask('what future does the xen project say it has, in the intro of the story');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('fine future in embedded applications');
  });

  it('reads "para" as "paragraph", as chat writes it', () => {
    const answer = ask("sum up the 'that email went unanswered' para in a line");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('12 days');
  });
});

describe('a word for a part of the page that a fact uses in its own sense', () => {
  it('partly answers that part: "the AWS headlines" in a quote are found by the word', () => {
    const answer = ask('what did citrix users ask about the amazon headlines');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('XenDesktop');
  });

  it('still answers the part itself first', () => {
    expect(ask('what was the headline').answer).toContain('The headline is');
  });
});

describe('words the story never uses before a noun for a part of the page describe that part', () => {
  it('answers from the part however it is described', () => {
    const answer = ask('the tiny grey blurb under the title, what does it say amazon did');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('changes its tune');
  });

  it('keeps a word the story does use: "the embedded headline" is not the headline', () => {
    expect(analyse('the embedded headline').describing.has('embed')).toBe(false);
  });
});

/** "the intro", "the lede": nouns naming a part of a text by themselves, unlike "the start" of anything. */
describe('a noun naming a part of a text by itself', () => {
  it.each(["what's the gist of the intro", 'summarise the lede for me'])('places "%s" at the opening', (question) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Fresh from the news');
  });

  it('leaves "the start" of something else to what it names', () => {
    expect(answerQuestion(story, 'what happened at the start of the board call').answer).not.toContain('Fresh from the news');
  });
});
