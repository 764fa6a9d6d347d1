import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();

/**
 * "is Warrilow a Forrester analyst?": a yes/no question putting one of the story's people with an
 * organisation not their own checks whom they work for; their role answers, naming the right one.
 */
describe('checking whom someone works for', () => {
  it.each([
    ['is warrilow an idc analyst?', 'Gartner'],
    ['does david cottingham work at microsoft', 'Citrix'],
    ['is schlaeger from google', 'AWS'],
    ['was bulpin with the linux foundation', 'Citrix'],
  ])('answers "%s" with their employer', (question, employer) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(employer);
  });

  it('still declines a question about a name the story never mentions that is no affiliation', () => {
    expect(answerQuestion(story, 'did warrilow mention forrester').answered).toBe(false);
    expect(answerQuestion(story, 'did cottingham talk about vmware').answered).toBe(false);
  });
});

/**
 * "is Cottingham Citrix's CEO", "is Schlaeger an Oracle engineer": a yes/no question putting a job
 * to one of the story's people checks what they are, which their role answers, title and employer.
 */
describe('checking what job someone has', () => {
  it.each([
    ["is cottingham citrix's ceo", 'director for XenServer product management'],
    ['is it true schlaeger is an oracle engineer', 'AWS'],
    ['is bulpin a cto', 'senior director of technology'],
    ['is warrilow a research veep', "Gartner's research veep"],
  ])('answers "%s" with their role', (question, role) => {
    const reply = answerQuestion(story, question);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain(role);
  });

  it('still declines a job asked of nobody the story names', () => {
    expect(answerQuestion(story, 'did the ceo of citrix comment').answered).toBe(false);
  });
});
