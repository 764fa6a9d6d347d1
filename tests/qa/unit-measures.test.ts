import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);

describe('a measure asked in a unit, or by a noun or adjective of dimension', () => {
  it('reads a unit after "in" or "how many", and a noun of size, as asking for a measure', () => {
    expect(analyse('how compact is the kvm fork in megabytes').wants).toBe('measure');
    expect(analyse('how many gigabytes does an nvme server hold').wants).toBe('measure');
    expect(analyse('what is the size of the ble gadget').wants).toBe('measure');
    expect(analyse('how heavy is the spacecraft').wants).toBe('measure');
    expect(analyse('how many devices will come online').wants).toBe('count');
  });

  it('finds a measure only in a number with a unit', () => {
    const { values } = getIndex(story).language;
    expect(values.valuesIn('a 40 MB image').has('measure')).toBe(true);
    expect(values.valuesIn('three kilograms of fuel').has('measure')).toBe(true);
    expect(values.valuesIn('it went unanswered for 12 days').has('measure')).toBe(false);
  });

  it('declines with what the story does say where it gives no measure', () => {
    const footprint = ask('xen has a small footprint, but how small in kb');
    expect(footprint.answered).toBe(false);
    expect(footprint.partial?.answer).toContain("doesn't give a measurement");
    expect(footprint.partial?.answer).toContain('small footprint');
    for (const q of [
      'what latency in ms does the tesla defence allow',
      'how wide is the launch pad at mahia',
      'what is the size of the photon bus',
    ])
      expect(ask(q).answered, q).toBe(false);
  });

  it('still answers durations, counts, and the quote asked for without a unit', () => {
    expect(ask('for how long was the email left without a reply').answer).toContain('12 days');
    expect(ask('how many devices does the reg expect at the edge').answer).toContain('billions');
    expect(ask('according to bulpin how small is the xen footprint').answer).toContain('small footprint');
  });
});
