import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { wordnetTable } from '../../scripts/wordnet-table.js';
import { defaultDataDir } from '../../src/story/load.js';

it('data/wordnet.json is what npm run build:wordnet writes for the story, lexicon and stemmer as they are', () => {
  const committed = readFileSync(join(defaultDataDir, 'wordnet.json'), 'utf8');
  // One assertion on equality, not a diff of 160 KB: the message says what to run.
  expect(wordnetTable().text === committed, 'data/wordnet.json is stale: run npm run build:wordnet').toBe(true);
}, 30_000);
