import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineCode } from '../../scripts/qa-index.js';
import { buildIndex, checkLanguageFiles, getIndex, indexOrigin, type QaIndex } from '../../src/qa/build.js';
import { answerFrom } from '../../src/qa/engine.js';
import { parseEvalCases } from '../../src/qa/evaluate.js';
import { getLexicon, LexiconDataError } from '../../src/qa/lexicon.js';
import {
  digestFiles,
  type EngineCode,
  prebuiltIndexUnusable,
  readPrebuiltIndex,
  writePrebuiltIndex,
} from '../../src/qa/prebuilt.js';
import { defaultDataDir, loadStory } from '../../src/story/load.js';

const scratch = mkdtempSync(join(tmpdir(), 'xen-news-qa-index-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const story = loadStory();
const lexicon = getLexicon(story.dataDir);
const built = buildIndex(story, lexicon);
let engine: EngineCode;
beforeAll(async () => {
  engine = await engineCode();
});

/** A copy of the story data with one file's bytes changed (same content, other layout). */
function dataDirWith(name: string, file: string): string {
  const dir = join(scratch, name);
  cpSync(defaultDataDir, dir, { recursive: true });
  writeFileSync(join(dir, file), JSON.stringify(JSON.parse(readFileSync(join(defaultDataDir, file), 'utf8'))));
  return dir;
}

function stored(name: string, index: QaIndex = built, code: EngineCode = engine): string {
  const file = join(scratch, `${name}.bin`);
  writePrebuiltIndex(index, lexicon, file, code);
  return file;
}

function read(file: string, of = story): QaIndex {
  const result = readPrebuiltIndex(of, file);
  if (!('index' in result)) throw new Error(`not read back: ${result.reason}`);
  return result.index;
}

const fixtureQuestions = [
  'dev-questions.jsonl',
  'dev-questions-2.tuning.jsonl',
  'own-questions.jsonl',
  'paraphrases.jsonl',
  // Sets whose wording the story never uses: their questions reach the story through WordNet paraphrases.
  'set-f.jsonl',
].flatMap((name) => {
  const path = join(import.meta.dirname, 'fixtures', name);
  return parseEvalCases(readFileSync(path, 'utf8'), path).map((c) => c.q);
});

describe('the question index the build stores (dist/qa-index.bin)', () => {
  it('answers every development and paraphrase question exactly as the index built from the files', () => {
    const index = read(stored('same'));
    // Typos and case as people type them: the spelling index and the phrase table come back too.
    const questions = fixtureQuestions.flatMap((q) => [q, q.toLowerCase(), q.replace(/([a-z])([a-z])/, '$2$1')]);
    expect(questions.length).toBeGreaterThan(1000);
    for (const question of questions) expect(answerFrom(index, question), question).toEqual(answerFrom(built, question));
  });

  it('leads every WordNet key to the same story terms as the built index', () => {
    const index = read(stored('paraphrases'));
    expect(built.language.paraphrases.size).toBeGreaterThan(0);
    expect(index.language.paraphrases.resolveAll()).toEqual(built.language.paraphrases.resolveAll());
  });

  it('holds every term’s scores, the term weights and the facts’ value kinds of the built index', () => {
    const index = read(stored('parts'));
    expect([...index.documentFrequency]).toEqual([...built.documentFrequency]);
    for (const term of built.documentFrequency.keys()) expect(index.postings(term)).toEqual(built.postings(term));
    expect(index.postings('no-such-term').size).toBe(0);
    expect(index.facts.map((f) => [[...f.valueKinds.values], f.valueKinds.hasDate, f.valueKinds.hasQuantity])).toEqual(
      built.facts.map((f) => [[...f.valueKinds.values], f.valueKinds.hasDate, f.valueKinds.hasQuantity]),
    );
    expect(index.language.spell.correct('hypervisro')).toBe('hypervisor');
    expect(index.language.values.valuesIn('November 24, 2017')).toEqual(built.language.values.valuesIn('November 24, 2017'));
  });

  it('is stale for other story data, and a start builds the index from them instead', () => {
    const file = stored('data');
    const other = loadStory(dataDirWith('data', 'people.json'));
    expect(prebuiltIndexUnusable(other, file)).toMatch(/^stale: the story data, the language or topic files/);
    expect(readPrebuiltIndex(other, file)).toEqual({ reason: expect.stringMatching(/^stale/) });
    // The build's own file (dist/qa-index.bin) is of the shipped data: stale for these, or missing before a build.
    expect(indexOrigin(other)).toEqual({ from: 'built', reason: expect.stringMatching(/^(stale|missing)/) });
    expect(answerFrom(getIndex(other), 'who is michael warrilow?').answer).toContain('research veep');
  });

  it('is stale for another language file or topic file', () => {
    const file = stored('lexicon');
    expect(prebuiltIndexUnusable(story, file)).toBeNull();
    for (const changed of ['lexicon.json', 'topic.json'])
      expect(prebuiltIndexUnusable(loadStory(dataDirWith(`lexicon-${changed}`, changed)), file), changed).toMatch(/^stale/);
  });

  it('is stale once a file of the engine code changes', () => {
    const source = join(scratch, 'engine-part.ts');
    writeFileSync(source, 'export const weight = 1;\n');
    const file = stored('engine', built, { digest: digestFiles([source]), files: [source] });
    expect(prebuiltIndexUnusable(story, file)).toBeNull();
    writeFileSync(source, 'export const weight = 2;\n');
    expect(prebuiltIndexUnusable(story, file)).toBe('stale: the engine code changed since it was built');
    rmSync(source);
    expect(prebuiltIndexUnusable(story, file)).toBe('stale: the engine code changed since it was built');
  });

  it('reports a missing or broken file, so a start builds the index instead', () => {
    expect(readPrebuiltIndex(story, join(scratch, 'none.bin'))).toEqual({ reason: 'missing' });
    const good = readFileSync(stored('broken'));
    const truncated = join(scratch, 'truncated.bin');
    writeFileSync(truncated, good.subarray(0, good.length - 1000));
    expect(readPrebuiltIndex(story, truncated)).toEqual({
      reason: expect.stringMatching(/^broken: its body cannot be read back/),
    });
    const garbage = join(scratch, 'garbage.bin');
    writeFileSync(garbage, 'not an index\n\u0000');
    expect(readPrebuiltIndex(story, garbage)).toEqual({ reason: expect.stringMatching(/^broken: header is not JSON/) });
    writeFileSync(garbage, 'no header line at all');
    expect(readPrebuiltIndex(story, garbage)).toEqual({ reason: 'broken: no header line' });
  });

  it('checks freshness from the header line alone, as a start that answers no question yet does', () => {
    expect(prebuiltIndexUnusable(story, join(scratch, 'none.bin'))).toBe('missing');
    const noHeader = join(scratch, 'no-header.bin');
    writeFileSync(noHeader, 'x'.repeat(10_000));
    expect(prebuiltIndexUnusable(story, noHeader)).toBe('broken: no header line');
    // A fresh header over a body that cannot be read back: the header check does not read the body.
    const good = readFileSync(stored('header-only'));
    const bodyless = join(scratch, 'bodyless.bin');
    writeFileSync(bodyless, good.subarray(0, good.indexOf(0x0a) + 2));
    expect(prebuiltIndexUnusable(story, bodyless)).toBeNull();
    expect(readPrebuiltIndex(story, bodyless)).toEqual({
      reason: expect.stringMatching(/^broken: its body cannot be read back/),
    });
  });

  it('refuses, naming it, a part it could not give back as it was (code, or a class it does not know)', () => {
    const withCode = { ...built, language: { ...built.language, guess: () => 'x' } };
    expect(() => stored('code', withCode)).toThrow(/cannot store index\.language\.guess: it is a function/);
    class Tally {
      count = 1;
    }
    const withClass = { ...built, facts: built.facts.map((f, i) => (i === 3 ? { ...f, tally: new Tally() } : f)) };
    expect(() => stored('class', withClass)).toThrow(/cannot store index\.facts\.3\.tally: an instance of Tally/);
  });

  it('does not spare a broken language file its check at start', () => {
    const dir = dataDirWith('broken-lexicon', 'lexicon.json');
    writeFileSync(join(dir, 'lexicon.json'), '{"stopwords": [');
    expect(() => checkLanguageFiles(loadStory(dir))).toThrow(LexiconDataError);
  });
});
