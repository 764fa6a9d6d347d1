import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { getLexicon } from '../../src/qa/lexicon.js';
import { factsOpposingModifiers, modifiedFeature, modifiedNouns, opposedFeatures } from '../../src/qa/opposites.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const analyse = (q: string) => analyseQuestion(getIndex(story), q);
const pairs = getLexicon().opposedModifiers;
const stopwords = new Set(['the', 'all', 'of']);
const nouns = (text: string) => modifiedNouns(pairs, new Map(), stopwords, text.split(' '));

describe('a fact about the new things does not answer a question about the old ones', () => {
  it('reads the nouns an opposed modifier stands before, skipping stopwords', () => {
    expect(nouns('all new ec2 servers')).toEqual(['0.0:ec2', '0.0:server']);
    expect(nouns('the legacy servers')).toEqual(['0.1:server']);
    expect(nouns('the servers were old')).toEqual([]);
  });

  it('opposes only where the fact holds the other side before the same noun and not this side', () => {
    const newServers = new Set(nouns('all new servers').map((k) => `${modifiedFeature}${k}`));
    const both = new Set([...newServers, ...nouns('older servers').map((k) => `${modifiedFeature}${k}`)]);
    const facts = [
      { id: 0, features: newServers },
      { id: 1, features: both },
    ];
    const opposing = (question: string) => [...factsOpposingModifiers(facts, opposedFeatures(nouns(question)))];
    expect(opposing('the current servers')).toEqual([0]);
    expect(opposing('the current racks')).toEqual([]);
  });

  it('marks the question', () => {
    expect(analyse('are legacy instance types staying on xen').modified).toContain('0.1:instanc');
  });

  it('declines instead of answering an old-instances question with the new instance types', () => {
    const older = ask('are older instance types going to get the new ec2 hypervisor');
    // Not led by AWS's own line on the new instance types.
    expect(older.answer).not.toMatch(/^Amazon Web Services, in AWS's previous posts/);
    expect(ask('will the previous instance types also use kvm').answered).toBe(false);
  });

  it('still answers about the new ones', () => {
    const future = ask('which hypervisor will all upcoming instance types use');
    expect(future.answered).toBe(true);
    expect(future.answer).toMatch(/KVM|new EC2 hypervisor/);
  });
});
