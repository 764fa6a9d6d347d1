import { describe, expect, it } from 'vitest';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const facts = getIndex(story).facts;

/** Between facts covering a question alike, the one whose words name its subject first is about it. */
describe('the fact opening with the question subject, between equals', () => {
  it('knows which entity a fact names first', () => {
    const plan = facts.find((f) => f.kind === 'claim' && f.answer.startsWith('AWS documents revealed'));
    const nail = facts.find((f) => f.kind === 'claim' && f.answer.startsWith('With Oracle already going to KVM'));
    expect(plan?.opensWith).toBe('aws');
    expect(nail?.opensWith).toBe('oracle');
  });

  it.each([
    'what is aws replacing xen with',
    'which hypervisor is amazon moving to',
    'what hypervisor is aws switching to',
    'so amazon is ditching xen for what exactly',
  ])('answers "%s" with what AWS is doing before what the analyst makes of it', (question) => {
    const reply = ask(question);
    expect(reply.answered).toBe(true);
    expect(reply.answer.split('\n')[0]).toMatch(/^AWS /);
    expect(reply.answer).toContain('KVM');
  });

  it('answers where Rocket Lab launches from now with its own New Zealand pad', () => {
    expect(ask('where is rocket lab launching capstone from now').answer.split('\n')[0]).toMatch(/^Rocket Lab .*New Zealand/);
  });
});
