import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { compares, withObstaclesOvercome } from '../../src/qa/comparisons.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { getLexicon } from '../../src/qa/lexicon.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);
const comparison = getLexicon().comparison;
const words = (text: string) => text.toLowerCase().split(/\s+/);

describe('a question comparing two things is answered only by a text that compares', () => {
  it('reads degree words, irregular comparatives and the -er suffix before "than"', () => {
    expect(compares(comparison, words('is kvm less stable than xen'))).toBe(true);
    expect(compares(comparison, words('is xen cheaper than kvm'))).toBe(true);
    expect(compares(comparison, words('kvm has worse tooling than xen'))).toBe(true);
    expect(compares(comparison, words('kvm has better support here than xen'))).toBe(true);
  });

  it('reads a verb of surpassing as a comparison', () => {
    expect(compares(comparison, words('nothing shows xen outperforming kvm'))).toBe(true);
    expect(compares(comparison, words('does kvm beat xen'))).toBe(true);
  });

  it('reads no comparison in "other than", "rather than", a bare "more than" or a far "than"', () => {
    expect(compares(comparison, words('jobs other than cloudy servers'))).toBe(false);
    expect(compares(comparison, words('the foundation rather than the project'))).toBe(false);
    expect(compares(comparison, words('can the thief do more than that'))).toBe(false);
    expect(compares(comparison, words('a larger share of the cloud market went to aws than'))).toBe(false);
  });

  it('marks the question', () => {
    expect(analyse('is xen cheaper to run than kvm').compares).toBe(true);
    expect(analyse('what jobs other than cloud will xen do').compares).toBe(false);
  });

  it('declines where no fact compares the two', () => {
    const secure = ask('is kvm more secure than xen for embedded use');
    expect(secure.answered).toBe(false);
    expect(ask('is xen cheaper to run than kvm').answered).toBe(false);
  });

  it('still answers with the fact that compares', () => {
    const speed = ask('does kvm run quicker than xen on aws');
    expect(speed.answered).toBe(true);
    expect(speed.answer).toContain('better performance than Xen');
    // The summary comparing with a verb ("no benchmark shows KVM beating Xen") answers too.
    expect(ask('does kvm outperform xen').answer).toContain('beating Xen');
  });
});

/** "how do attackers beat the car's defence": a verb of surpassing before an obstacle gets past it, and compares nothing. */
describe('getting past an obstacle', () => {
  it.each(['how did ncc beat the proximity check', 'can thieves outdo the latency defence'])(
    'reads "%s" as no comparison',
    (question) => {
      expect(compares(comparison, words(question))).toBe(false);
    },
  );

  it.each(['does kvm beat xen', 'which hypervisor outperforms the other on speed'])('still reads "%s" as one', (question) => {
    expect(compares(comparison, words(question))).toBe(true);
  });

  it('reads the verb as getting past the obstacle, not as outperforming', () => {
    expect(withObstaclesOvercome(comparison, words("how they beat tesla's distance check"))).toContain(comparison.overcoming);
    expect(withObstaclesOvercome(comparison, words('does kvm beat xen'))).toEqual(words('does kvm beat xen'));
    const reply = ask("how they beat tesla's distance check");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('measuring transmission latency');
  });

  it('answers how the car\u2019s latency check is beaten', () => {
    const reply = ask("how did the researchers beat the car's latency defence");
    expect(reply.answered).toBe(true);
    // The sentence saying it ("defeated by simply cutting the latency of the relay process") or the teaser's fact.
    expect(reply.answer).toMatch(/cutting the (relay|latency)/);
  });
});
