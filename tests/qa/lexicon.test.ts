import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LexiconDataError, loadLexicon } from '../../src/qa/lexicon.js';
import { defaultDataDir } from '../../src/story/load.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function withLexicon(change: (json: Record<string, unknown>) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'xen-news-lexicon-'));
  dirs.push(dir);
  const json = JSON.parse(readFileSync(join(defaultDataDir, 'lexicon.json'), 'utf8'));
  change(json);
  const path = join(dir, 'lexicon.json');
  writeFileSync(path, JSON.stringify(json));
  return path;
}

describe('data/lexicon.json', () => {
  it('is valid as shipped', () => {
    expect(() => loadLexicon()).not.toThrow();
  });

  it('names the file and the JSON path of a problem', () => {
    const path = withLexicon((json) => {
      (json.synonyms as string[][])[0] = ['alone'];
    });
    expect(() => loadLexicon(path)).toThrow(LexiconDataError);
    expect(() => loadLexicon(path)).toThrow(/^data\/lexicon\.json: \$\.synonyms\[0\]/);
  });

  it('refuses a word that is both a stopword and a synonym', () => {
    const path = withLexicon((json) => {
      (json.synonyms as string[][]).push(['the', 'le']);
    });
    expect(() => loadLexicon(path)).toThrow(/"the" is also a stopword/);
  });

  it('refuses a definition frame without exactly one "*" for the thing defined', () => {
    for (const frame of ['what is', 'what * is *']) {
      const path = withLexicon((json) => {
        (json.definitionFrames as string[]).push(frame);
      });
      expect(() => loadLexicon(path)).toThrow(/\$\.definitionFrames\[\d+\]: must hold one "\*" word/);
    }
  });

  it('refuses a position part that is not among its nouns, where the position would never find it', () => {
    const path = withLexicon((json) => {
      const positions = json.articlePositions as Record<string, { parts: string[] }>;
      positions.opening?.parts.push('preamble');
    });
    expect(() => loadLexicon(path)).toThrow(/\$\.articlePositions\.opening\.parts: every part must be among the nouns/);
  });

  it('says when the file is missing or not JSON', () => {
    expect(() => loadLexicon('/nonexistent/lexicon.json')).toThrow(/cannot be read \(ENOENT\)/);
    const dir = mkdtempSync(join(tmpdir(), 'xen-news-lexicon-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'lexicon.json'), '{');
    expect(() => loadLexicon(join(dir, 'lexicon.json'))).toThrow(/is not valid JSON/);
  });
});
