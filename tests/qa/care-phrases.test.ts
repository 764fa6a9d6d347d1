import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

/** Phrasal verbs of having something in one's care ask for a role, as "run" and "cover" do. */
describe('a phrase of having something in one’s care', () => {
  it.each([
    ['what part of citrix does cottingham look after', 'XenServer product management'],
    ['what does cottingham take care of at citrix', 'XenServer product management'],
    ['what is cottingham in charge of', 'XenServer product management'],
    ['what does cottingham head up at citrix', 'XenServer product management'],
    ['what does warrilow keep an eye on at gartner', 'infrastructure software'],
    ['what area does warrilow keep tabs on', 'infrastructure software'],
    ['what does bulpin look after at citrix', 'senior director of technology'],
    ['who looks after xenserver product management at citrix', 'Cottingham'],
    ['who is in charge of xenserver product management', 'Cottingham'],
    ['who takes care of partner engineering at citrix', 'Cottingham'],
  ])('asks "%s" for a role', (question, expected) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(expected);
  });

  it.each([
    'who looks after the tesla owners',
    'who takes care of the wallops island launch pad',
    'who is in charge of marketing at citrix',
    'who looks after security at gartner',
    'who keeps an eye on the rocket lab launch',
    'who is in charge of the capstone mission at nasa',
  ])('declines "%s": the story names no one in charge of it', (question) => {
    expect(ask(question).answered).toBe(false);
  });

  it.each(['who looks after xenserver at citrix', 'who runs xenserver', 'who is in charge of xenserver'])(
    'answers "%s", a name a job title holds by its word, with its profile listing the titles',
    (question) => {
      const reply = ask(question);
      expect(reply.answered).toBe(true);
      expect(reply.answer).toContain('David Cottingham, director for XenServer product management');
    },
  );

  it.each(['who runs citrix', 'who looks after the xen project'])('declines "%s": no title names it', (question) => {
    expect(ask(question).answered).toBe(false);
  });
});
