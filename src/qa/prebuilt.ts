/**
 * The question index, built once by `npm run build` and stored in dist/, so that a start reads it
 * instead of compiling the lexicon and analysing the story again (the larger part of start-up).
 *
 * The file is one JSON header line and a V8-serialised body (node:v8 keeps Maps, Sets and shared
 * objects). The header's key is a digest of everything the index is made from: the story data, the
 * language, topic and WordNet files, the engine's code and the V8 version. A file with another key
 * is stale and a start builds the index as before; one that cannot be read back is reported as
 * broken, and a start builds the index as before too.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { projectRoot } from '../project-root.js';
import type { Story } from '../story/load.js';
import type { QaIndex } from './build.js';
import { type Fact, ValueKinds } from './candidates.js';
import { type Language, Paraphrases } from './language.js';
import { type Lexicon, lexiconFiles } from './lexicon.js';
import { PhraseTable, SpellIndex } from './text.js';
import { compileValueDetector, type ValueWords } from './values.js';

export const prebuiltIndexFile = join(projectRoot, 'dist', 'qa-index.bin');

/** Bumped when the layout of the stored index changes. */
const formatVersion = 1;

/**
 * The engine code the build bundled, as a digest of its files: scripts/build.ts defines it in the
 * bundle. Under the sources it is undefined, and the files the header lists are read instead.
 */
declare const QA_ENGINE_DIGEST: string | undefined;

/** The engine's code: the files the index's building imports (paths from the project root), and their digest. */
export interface EngineCode {
  digest: string;
  files: readonly string[];
}

interface Header {
  format: number;
  key: string;
  engine: EngineCode;
}

type ValueKindName = Fact['valueKinds']['values'] extends ReadonlySet<infer V> ? V : never;

/** A fact as stored: its value kinds read ahead, since the live ones read the text on first use. */
type StoredFact = Omit<Fact, 'valueKinds'> & {
  valueKinds: { values: ValueKindName[]; hasDate: boolean; hasQuantity: boolean };
};

/** The language as stored: the value detector is code, compiled again from the lexicon's word lists. */
type StoredLanguage = Omit<Language, 'values' | 'paraphrases'> & {
  /** Resolved ahead: the live paraphrases resolve a key on first use, through code. */
  paraphrases: ReturnType<Paraphrases['resolveAll']>;
};

interface StoredIndex {
  language: StoredLanguage;
  /** The word lists the value detector is compiled from: the lexicon the index was built with. */
  valueWords: ValueWords;
  facts: StoredFact[];
  /** Every term's BM25+ scores by fact id: the search index itself is not needed once these are known. */
  postings: Map<string, ReadonlyMap<number, number>>;
  documentFrequency: ReadonlyMap<string, number>;
  publication: string | null;
  unknownWeight: number;
}

/** A digest of files' contents (paths from the project root); a file that cannot be read counts as changed. */
export function digestFiles(files: readonly string[]): string {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file).update('\0');
    try {
      hash.update(readFileSync(resolve(projectRoot, file)));
    } catch {
      hash.update('\0missing\0');
    }
    hash.update('\0');
  }
  return hash.digest('hex');
}

function readOrEmpty(path: string): Buffer | string {
  try {
    return readFileSync(path);
  } catch {
    return '\0missing\0';
  }
}

/** The key of a story's index: its data, its language, topic and WordNet files, the engine code, the V8 version. */
function indexKey(story: Story, engineDigest: string): string {
  const files = lexiconFiles(story.dataDir);
  const topic = readOrEmpty(files.topic);
  const hash = createHash('sha256');
  hash.update(`${formatVersion}\0${process.versions.v8}\0${engineDigest}\0${story.dataDigest}\0`);
  hash.update(readOrEmpty(files.language)).update('\0').update(topic).update('\0');
  // The WordNet table the topic file names, if any; a topic file that is not JSON changes the key anyway.
  try {
    const wordnet = (JSON.parse(String(topic)) as { wordnet?: unknown }).wordnet;
    if (typeof wordnet === 'string') hash.update(readOrEmpty(join(dirname(files.topic), wordnet)));
  } catch {
    // Not JSON: building the index reports it, with the file's name.
  }
  return hash.digest('hex');
}

const plainPrototypes = new Set<unknown>([
  Object.prototype,
  null,
  Array.prototype,
  Map.prototype,
  Set.prototype,
  RegExp.prototype,
]);

/**
 * Throws, naming the path, for anything node:v8 would not store as it is: a function, or an
 * instance of a class (it would come back as a plain object, without its methods).
 */
function assertStorable(value: unknown, path: string, seen = new Set<unknown>()): void {
  if (typeof value === 'function') throw new Error(`the prebuilt question index cannot store ${path}: it is a function`);
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  if (!plainPrototypes.has(Object.getPrototypeOf(value)))
    throw new Error(
      `the prebuilt question index cannot store ${path}: an instance of ${value.constructor?.name ?? 'a class'} (teach src/qa/prebuilt.ts to store and restore it)`,
    );
  if (value instanceof Map)
    for (const [key, item] of value) {
      assertStorable(key, `${path} key`, seen);
      assertStorable(item, `${path}.get(${JSON.stringify(key)})`, seen);
    }
  else if (value instanceof Set) for (const item of value) assertStorable(item, `${path} item`, seen);
  else for (const [key, item] of Object.entries(value)) assertStorable(item, `${path}.${key}`, seen);
}

/** The classes of the index, as plain objects of their fields and back. */
function fieldsOf(instance: object): Record<string, unknown> {
  return { ...instance };
}

function restore<T extends object>(prototype: T, fields: object): T {
  return Object.assign(Object.create(prototype) as T, fields);
}

/**
 * Writes a story's index, as `buildIndex` made it with `lexicon`, for starts to read; throws for
 * anything it cannot store.
 */
export function writePrebuiltIndex(index: QaIndex, lexicon: Lexicon, file: string, engine: EngineCode): void {
  const { values: _values, phrases, spell, paraphrases, ...language } = index.language;
  // The value detector's word lists are the lexicon's; its WordNet table (large, if any) is not among them.
  const { wordnet: _wordnet, ...valueWords } = lexicon;
  const stored: StoredIndex = {
    language: {
      ...language,
      phrases: fieldsOf(phrases) as unknown as PhraseTable,
      spell: fieldsOf(spell) as unknown as SpellIndex,
      paraphrases: paraphrases.resolveAll(),
    },
    valueWords,
    facts: index.facts.map((fact) => ({
      ...fact,
      valueKinds: {
        values: [...fact.valueKinds.values],
        hasDate: fact.valueKinds.hasDate,
        hasQuantity: fact.valueKinds.hasQuantity,
      },
    })),
    postings: new Map([...index.documentFrequency.keys()].map((term) => [term, index.postings(term)])),
    documentFrequency: index.documentFrequency,
    publication: index.publication,
    unknownWeight: index.unknownWeight,
  };
  assertStorable(stored, 'index');
  const header: Header = { format: formatVersion, key: indexKey(index.story, engine.digest), engine };
  writeFileSync(file, Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), serialize(stored)]));
}

function readHeader(bytes: Buffer): Header | string {
  const end = bytes.indexOf(0x0a);
  if (end < 0) return 'broken: no header line';
  try {
    const header = JSON.parse(bytes.subarray(0, end).toString('utf8')) as Partial<Header>;
    if (header.format !== formatVersion) return `stale: format ${String(header.format)}, not ${formatVersion}`;
    if (typeof header.key !== 'string' || !Array.isArray(header.engine?.files)) return 'broken: header without key or engine';
    return header as Header;
  } catch (error) {
    return `broken: header is not JSON (${(error as Error).message})`;
  }
}

function freshHeader(story: Story, bytes: Buffer): Header | string {
  const header = readHeader(bytes);
  if (typeof header === 'string') return header;
  const engine = typeof QA_ENGINE_DIGEST === 'string' ? QA_ENGINE_DIGEST : digestFiles(header.engine.files);
  if (engine !== header.engine.digest) return 'stale: the engine code changed since it was built';
  if (indexKey(story, engine) !== header.key)
    return 'stale: the story data, the language or topic files or the Node version changed since it was built';
  return header;
}

function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'missing' : `unreadable (${code ?? 'error'})`;
}

function readBytes(file: string): Buffer | string {
  try {
    return readFileSync(file);
  } catch (error) {
    return unreadable(error);
  }
}

/** The file up to and including its header line (or all of it, if it has none): the index body is not read. */
function readHeaderBytes(file: string): Buffer | string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    return unreadable(error);
  }
  try {
    const chunks: Buffer[] = [];
    for (;;) {
      const chunk = Buffer.alloc(4096);
      const read = readSync(fd, chunk, 0, chunk.length, null);
      chunks.push(chunk.subarray(0, read));
      if (read === 0 || chunk.subarray(0, read).includes(0x0a)) return Buffer.concat(chunks);
    }
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}

/**
 * Why the file cannot serve as this story's index (missing, stale, broken header), or null when it
 * was built from exactly this story, these language files and this engine code. Reads the header only.
 */
export function prebuiltIndexUnusable(story: Story, file: string): string | null {
  const bytes = readHeaderBytes(file);
  if (typeof bytes === 'string') return bytes;
  const header = freshHeader(story, bytes);
  return typeof header === 'string' ? header : null;
}

/**
 * The stored index of this story, or why there is none to use: `missing`, `stale` (built from other
 * data, language files or engine code) or `broken` (a header or body that cannot be read back).
 */
export function readPrebuiltIndex(story: Story, file: string): { index: QaIndex } | { reason: string } {
  const bytes = readBytes(file);
  if (typeof bytes === 'string') return { reason: bytes };
  const header = freshHeader(story, bytes);
  if (typeof header === 'string') return { reason: header };
  let stored: StoredIndex;
  try {
    stored = deserialize(bytes.subarray(bytes.indexOf(0x0a) + 1)) as StoredIndex;
    if (!(stored.postings instanceof Map) || !Array.isArray(stored.facts)) throw new Error('not an index');
  } catch (error) {
    return { reason: `broken: its body cannot be read back (${(error as Error).message})` };
  }
  const language: Language = {
    ...stored.language,
    phrases: restore(PhraseTable.prototype, stored.language.phrases),
    spell: restore(SpellIndex.prototype, stored.language.spell),
    paraphrases: Paraphrases.fromResolved(stored.language.paraphrases),
    values: compileValueDetector(stored.valueWords),
  };
  const facts: Fact[] = stored.facts.map((fact) => {
    const { values, hasDate, hasQuantity } = fact.valueKinds;
    const found = new Set(values);
    return {
      ...fact,
      valueKinds: new ValueKinds(
        () => found,
        () => hasDate,
        () => hasQuantity,
      ),
    };
  });
  const none: ReadonlyMap<number, number> = new Map();
  const { postings } = stored;
  return {
    index: {
      story,
      language,
      facts,
      documentFrequency: stored.documentFrequency,
      publication: stored.publication,
      postings: (term) => postings.get(term) ?? none,
      unknownWeight: stored.unknownWeight,
    },
  };
}
