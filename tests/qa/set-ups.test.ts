import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);

describe('a sentence about the asker around the question', () => {
  it('is not searched before the question, after discourse markers too', () => {
    const terms = analyseQuestion(shipped, 'hey so I manage a fleet of rented servers. Who is Michael Warrilow?').terms;
    expect(terms).not.toContain('fleet');
    const reply = ask(
      'ok so i maintain a dozen old rack boxes and my team lead keeps worrying - what did Gartner say about Xen?',
    );
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('final nail');
  });

  it('is not searched after the question either, even without a full stop', () => {
    const reply = ask('when did the register publish this? the footer shows a later year so i am double checking');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('November 22, 2017');
  });

  it('stays when the question speaks of the asker or points back into it', () => {
    // "my servers" and "why" need what the set-up says.
    const mine = analyseQuestion(shipped, 'I rent Xen servers from AWS. Will my servers keep running?').terms;
    expect(mine).toContain('e:aws');
    const why = analyseQuestion(shipped, 'I keep reading that Oracle is going to KVM. Why?').terms;
    expect(why).toContain('e:oracle');
  });

  it('leaves an off-topic question declined', () => {
    expect(ask("I'm a journalism student. Who founded Amazon?").answered).toBe(false);
    expect(ask('ok so i trade stocks and my broker asked me this - what is Citrix worth?').answered).toBe(false);
  });
});
