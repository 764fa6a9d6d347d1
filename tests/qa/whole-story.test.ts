import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { wholeStoryQuestion, withoutGistFraming } from '../../src/qa/whole-story.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);
const keyPoints = story.claims.filter((claim) => claim.keyPoint);

/** A new reader's first questions name nothing in the story: they ask about all of it. */
describe('a question about the story as a whole', () => {
  it.each([
    'what happened?',
    'whats this article about',
    "what's the story here?",
    'tl;dr',
    'summarise pls',
    'can u summarise this',
    'quick summary?',
    "what's the gist",
    'what are the main points of the article',
    'main takeaways?',
    "what's the bottom line",
    'in a nutshell?',
    "what's going on",
    'what is this piece saying',
  ])('answers "%s" with the headline and every key point', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(story.meta.headline);
    for (const claim of keyPoints) expect(reply.answer).toContain(claim.text);
    expect(reply.sources.map((s) => s.paragraph)).toEqual(
      [...new Set(keyPoints.map((claim) => claim.paragraphs[0]))].sort((a, b) => (a ?? 0) - (b ?? 0)),
    );
  });

  it.each([
    'who is quoted',
    "who's quoted in the article",
    'who does the story quote',
    'who commented',
    'who said what',
    'who are the people in the story',
  ])('answers "%s" with everyone the article quotes, once each, at their first quote', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    for (const name of [
      'Michael Warrilow (Gartner)',
      'James Bulpin (Citrix)',
      'David Cottingham (Citrix)',
      'The Linux Foundation',
    ])
      expect(reply.answer).toContain(name);
    // Sunil Potti is quoted in a related story's teaser, not in the article.
    expect(reply.answer).not.toContain('Potti');
    const cottingham = reply.sources.filter((s) => s.speaker === 'David Cottingham');
    expect(cottingham).toEqual([{ paragraph: 13, speaker: 'David Cottingham' }]);
  });

  it('answers "how many people are quoted" with their number, and who they are', () => {
    const reply = ask('how many people are quoted');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^The story quotes 7 people and organisations: Chris Schlaeger \(AWS\), /);
  });

  it.each([
    ['source?', 'The Register published the story'],
    ["where's this from", 'The Register published the story'],
    ['who reported this', 'The Register published the story'],
    ['link?', 'The story is at https://'],
    ['url pls', 'The story is at https://'],
    ["what's the latest", 'The story was updated on November 24, 2017'],
  ])('answers "%s" with the part of the page it asks for', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it.each(['what time is it', 'when did this happen', 'why?', 'how come', 'who are you', 'what now?', 'is it true'])(
    'declines "%s": no cue says the story is asked about, or no whole-story answer fits the question word',
    (question) => {
      expect(ask(question).answered).toBe(false);
    },
  );

  it.each([
    ['summarise what gartner said', 'Warrilow'],
    ['what happened to schlaeger', 'Schlaeger'],
    ['give me a summary of the tesla teaser', 'Tesla'],
    // "bit.ly" leaves no term, but it names a link of its own.
    ['what is the bit.ly link', 'bit.ly'],
  ])('answers "%s" about what it names, not with the whole story', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
    expect(reply.answer).not.toMatch(/in short:|The story is at/);
  });

  it('reads only cue terms as the whole story, and gives the answering type', () => {
    const { language } = shipped;
    expect(wholeStoryQuestion(language, ['what', 'happened'], 'what', [])).toEqual({ term: 'i:gist', type: 'what' });
    expect(wholeStoryQuestion(language, ['who', 'said', 'what'], 'speaker', [])).toEqual({ term: 'i:quoted', type: 'who' });
    expect(wholeStoryQuestion(language, ['source'], 'what', ['sourc'])).toEqual({ term: 'i:publication', type: 'what' });
    expect(wholeStoryQuestion(language, ['what', 'is', 'the', 'bit', 'ly', 'link'], 'what', ['s:link'])).toBeNull();
    expect(wholeStoryQuestion(language, ['what', 'happened', 'to', 'xen'], 'what', ['e:xen-project'])).toBeNull();
    expect(wholeStoryQuestion(language, ['what', 'time', 'is', 'it'], 'when', [])).toBeNull();
    expect(wholeStoryQuestion(language, ['why', 'did', 'this', 'happen'], 'why', [])).toBeNull();
    expect(analyseQuestion(shipped, 'tl;dr').terms).toEqual(['i:gist']);
  });
});

describe('the key facts asked for', () => {
  it.each(['what are the key facts', 'list the key facts', 'give me the bullet points'])('get the gist for "%s"', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('in short');
  });
});

/** "bottom line for us: should we worry": a cue of the gist beside a question asks for that answer in short. */
describe('a gist cue framing a question of its own', () => {
  const words = (q: string) => q.split(' ');

  it.each([
    ['bottom line: what did gartner say', 'Oracle is already going to KVM'],
    ['what did gartner say, bottom line', 'Oracle is already going to KVM'],
    ['what is the xen board actually doing in response, bottom line', 'embedded, security and automotive'],
  ])('answers "%s" as the question without the cue', (question, says) => {
    const answer = ask(question);
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain(says);
  });

  it('sets the cue aside only beside a question of its own', () => {
    expect(withoutGistFraming(shipped.language, words('bottom line for us what did gartner say'))).toEqual(
      words('for us what did gartner say'),
    );
    expect(withoutGistFraming(shipped.language, words('whats the bottom line'))).toEqual(words('whats the bottom line'));
    expect(ask('whats the bottom line').answer).toContain(keyPoints[0]?.text ?? '');
  });
});
