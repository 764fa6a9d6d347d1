import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const index = getIndex(story);
const ask = (q: string) => answerQuestion(story, q);

describe('"what is BLE": an abbreviation the story introduces after its long form', () => {
  it('reads "what is X" about an introduced abbreviation as asking for its long form', () => {
    for (const q of ['what is afts', "what's BLE", 'what does AFTS mean', 'what are BLE'])
      expect(analyseQuestion(index, q).type, q).toBe('expansion');
    // A name the story glosses after it ("CAPSTONE [Cislunar …]") is described by the story instead.
    expect(analyseQuestion(index, 'what is capstone').type).toBe('what');
    // A general term the story never spells out stays a definition question.
    expect(analyseQuestion(index, 'what is a hypervisor').type).toBe('what');
  });

  it('answers with the text spelling it out', () => {
    for (const [q, long] of [
      ['what is AFTS', 'Autonomous Flight Termination System'],
      ['whats ble', 'Bluetooth Low Energy'],
      ['what does AFTS mean', 'Autonomous Flight Termination System'],
    ] as const) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.answer, q).toContain(long);
    }
  });

  it('still declines a general term the story uses without defining it', () => {
    expect(ask('what is a hypervisor').answered).toBe(false);
  });
});

describe('an emotive phrase after a question word asks nothing', () => {
  it('drops "the hell", "on earth", "in the world" after a question word, and reads "wtf" as "what"', () => {
    expect(analyseQuestion(index, 'what the hell is BLE').terms).toEqual(analyseQuestion(index, 'what is BLE').terms);
    expect(analyseQuestion(index, 'where on earth is capstone headed').terms).toEqual(
      analyseQuestion(index, 'where is capstone headed').terms,
    );
    expect(analyseQuestion(index, 'wth does AFTS stand for').type).toBe('expansion');
  });

  it('drops an adverb of stance right after a question word, which asks nothing either', () => {
    expect(analyseQuestion(index, 'who actually addressed the board call for aws').type).toBe(
      analyseQuestion(index, 'who addressed the board call for aws').type,
    );
    expect(analyseQuestion(index, 'who really spoke to the advisory board call on behalf of amazon').type).toBe('speaker');
  });

  it('answers the question as it would be answered without it', () => {
    for (const [q, expected] of [
      ['wtf does BLE stand for', 'Bluetooth Low Energy'],
      ['what in the world is AFTS', 'Autonomous Flight Termination System'],
      ['who the heck found the tesla relay attack', 'NCC Group'],
    ] as const) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.answer, q).toContain(expected);
    }
  });
});
