import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { buildIndex, getIndex } from '../../src/qa/build.js';
import { answerFrom, answerQuestion } from '../../src/qa/engine.js';
import { getLexicon } from '../../src/qa/lexicon.js';
import { tuning } from '../../src/qa/tuning.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);
const lexicon = getLexicon();

describe('casual senses (WordNet’s colloquialisms and slang)', () => {
  // The table as it would be without the casual-sense entries of the two words asked here.
  const synonyms = { ...lexicon.wordnet.synonyms };
  delete synonyms.mouthpiec;
  delete synonyms.boffin;
  const without = buildIndex(story, { ...lexicon, wordnet: { ...lexicon.wordnet, synonyms } });

  it('read a slang or colloquial noun as the plain word it stands for, whatever its other senses', () => {
    expect(analyseQuestion(shipped, 'which org is the mouthpiece of the xen project').terms).toContain('x:mouthpiec');
    const spokesman = ask('which org is the mouthpiece of the xen project');
    expect(spokesman.answered).toBe(true);
    expect(spokesman.answer).toContain('Linux Foundation');
    const researchers = ask('which boffins demonstrated the tesla relay attack');
    expect(researchers.answered).toBe(true);
    expect(researchers.answer).toContain('NCC');
    expect(answerFrom(without, 'which org is the mouthpiece of the xen project').answered).toBe(false);
    expect(answerFrom(without, 'which boffins demonstrated the tesla relay attack').answered).toBe(false);
  });

  it('leave a question about someone the story gives no such person for declined', () => {
    expect(ask("who's the mouthpiece for google").answered).toBe(false);
    expect(ask('which boffins built capstone').answered).toBe(false);
  });

  it('never lead to an intent: "villain" (a part in a play) does not ask for someone’s role', () => {
    expect(analyseQuestion(shipped, 'who is the villain in the aws xen story').terms).not.toContain('i:role');
    expect(ask('who is the villain in the aws xen story').answered).toBe(false);
  });

  it('are not read for adjectives: a casual adjective is an opinion ("cool" = fine) the story does not give', () => {
    expect(analyseQuestion(shipped, 'is the xen project cool').terms.some((t) => t.startsWith('x:'))).toBe(false);
    expect(ask('is the xen project cool').answered).toBe(false);
  });
});

describe('a shared-sense expansion carries what is asked about the subject alone (expansionWeight)', () => {
  const q = 'were the board minutes private or could anybody read them';

  it('answers when the paraphrase is the only word asked about the subject', () => {
    const reply = ask(q);
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Publicly-posted');
  });

  it('would decline it at a weight below minTopic', () => {
    const kept = tuning.expansionWeight;
    try {
      (tuning as { expansionWeight: number }).expansionWeight = tuning.minTopic - 0.1;
      expect(ask(q).answered).toBe(false);
    } finally {
      (tuning as { expansionWeight: number }).expansionWeight = kept;
    }
  });
});
