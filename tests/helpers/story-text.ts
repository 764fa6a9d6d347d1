import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultDataDir } from '../../src/story/load.js';

/** Straightens curly quotes and apostrophes: the only normalisation the fidelity tests allow. */
export function straightenQuotes(text: string): string {
  return text.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
}

/** The article the data is built from, as shipped in data/. */
export function articleText(): string {
  return readFileSync(join(defaultDataDir, 'article.txt'), 'utf8');
}
