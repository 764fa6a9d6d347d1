import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('"besides doing X, what …" asks what goes beyond X', () => {
  it('reads a question ruling out something other than a name as asking beyond it', () => {
    expect(analyseQuestion(index, 'other than unlocking the car what does the relay attack let a thief do').asksBeyond).toBe(
      true,
    );
    expect(analyseQuestion(index, 'apart from opening the door, what else can the tesla hack do').asksBeyond).toBe(true);
    // A name ruled out is an exclusion of its own, not a deed gone beyond.
    expect(analyseQuestion(index, 'besides aws, who is moving to kvm').asksBeyond).toBe(false);
    expect(analyseQuestion(index, 'what can the tesla relay trick do').asksBeyond).toBe(false);
  });

  it('marks a text saying it goes beyond something ("not just … but", "far from simply …")', () => {
    const notJust = index.facts.find((f) => f.answer.includes('not just unlock the door'));
    const farFrom = index.facts.find((f) => f.answer.startsWith('Far from simply unlocking the door'));
    const gadgets = index.facts.find((f) => f.answer.startsWith('The phone-side gadget relays signals'));
    expect(notJust?.features.has('@beyond')).toBe(true);
    expect(farFrom?.features.has('@beyond')).toBe(true);
    expect(gadgets?.features.has('@beyond')).toBe(false);
  });

  it('answers with the fact going beyond what the question rules out', () => {
    for (const q of [
      'other than unlocking the car what does the relay attack let a thief do',
      'apart from opening the door, what else can the tesla hack do',
      'besides unlocking, can the ble relay attack do anything else',
    ]) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.answer, q).toMatch(/^(?:The relay attack lets a miscreant not just|Far from simply unlocking)/);
    }
  });
});

/** "xen's future *outside* the cloud", "*beyond* the cloud": the topic set aside as "cloud aside" sets it. */
describe('a topic set aside by "outside" or "beyond"', () => {
  it('sets the topic aside', () => {
    const analysed = analyseQuestion(getIndex(story), 'what does the reg think xen’s future looks like outside the cloud');
    expect(analysed.setAsideTopics).toContain('s:cloud');
  });

  it('answers with what the story says past that topic, not about it', () => {
    const reply = answerQuestion(story, "what does the reg think xen's future looks like outside the cloud");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('long and happy future');
    expect(reply.answer).not.toContain('looks grim');
  });

  it('does not read "the cloud and beyond" in the story as setting the cloud aside', () => {
    const reply = answerQuestion(story, 'cloud aside, how does the reg see xen’s long term outlook');
    expect(reply.answer).not.toContain('looks grim');
  });
});
