import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('a question asking what a general term means', () => {
  it('reads the term of a definition frame, without its article', () => {
    expect(analyse('what is a hypervisor').defines).toBe('hypervisor');
    expect(analyse("what's a hypervisor?").defines).toBe('hypervisor');
    expect(analyse('what is server virtualization').defines).toBe('server virtualization');
    expect(analyse('what does edge computing mean').defines).toBe('edge computing');
    expect(analyse('define supply chain').defines).toBe('supply chain');
  });

  it("leaves the story's names, parts of the page and longer questions alone", () => {
    expect(analyse('what is capstone').defines).toBeNull();
    expect(analyse('what is xenserver').defines).toBeNull();
    expect(analyse('what is the standfirst').defines).toBeNull();
    expect(analyse('what is the xen project planning').defines).toBeNull();
    expect(analyse('what is aws moving its new instance types to').defines).toBeNull();
  });

  it('declines, saying the story does not explain it, with what the story does say', () => {
    const bus = ask('what is a satellite bus');
    expect(bus.answered).toBe(false);
    expect(bus.answer).toContain("doesn't explain what “satellite bus” means");
    expect(bus.partial?.answer).toContain('Photon');
    expect(ask('what does virtualization mean').answered).toBe(false);
    expect(ask('what is an instance type').answered).toBe(false);
  });

  it('still describes what the story names', () => {
    const probe = ask('what is capstone');
    expect(probe.answered).toBe(true);
    expect(probe.answer).toContain('NASA');
    expect(ask('what is xenserver').answer).toContain('Citrix');
  });
});
