/**
 * Keeping on with something: "is Oracle still *sticking with* Xen", "will AWS *keep using* Xen", "is
 * Oracle still *backing* Xen". The story says who turns from what ("Oracle is already going to KVM",
 * "AWS replacing Xen with KVM"), never who stays, so such a yes/no question is answered only by a fact
 * in which the question's subject is itself the doer of a verb of turning (the lexicon's
 * `continuing.leaving` and `continuing.moving`) from the thing or to another of its kind (KVM for
 * Xen). A fact merely naming the thing or its rival says nothing on it: where no fact has the subject
 * turn, the engine declines. */
import type { QaIndex } from './build.js';
import type { Fact } from './candidates.js';
import { entityNamedAt, kindMembers, type Language, stemOfWord, termsOf } from './language.js';
import { normalise, phraseAt, tokenise } from './text.js';
import { tuning } from './tuning.js';

/** What a question of keeping on asks: whether `subject` keeps on with `thing`. */
export interface KeptOn {
  /** The entity asked about; '' where the subject is no name. */
  subject: string;
  /**
   * The thing's terms: a turn from it answers. Not its kind's: "replace *its hypervisor*" turns from
   * whichever member the doer runs now, which the words do not say.
   */
  left: readonly string[];
  /** The terms of its kind's other members (KVM for Xen): a turn to any of them answers. */
  rivals: readonly string[];
}

/** What the topic's kinds tell the check, found once per language. */
interface KindTables {
  /** For each term of a kind's member ("e:xen-project"), the terms of its kind's other members ("kvm"). */
  rivals: ReadonlyMap<string, readonly string[]>;
  /** The words of every kind's members, as written in the topic ("xen", "kvm"). */
  memberWords: ReadonlySet<string>;
  /** The stems of the topic's one-word kinds ("hypervisor"). */
  kindNouns: ReadonlySet<string>;
}

const kindTablesByLanguage = new WeakMap<Language, KindTables>();

function kindTablesOf(language: Language): KindTables {
  const known = kindTablesByLanguage.get(language);
  if (known) return known;
  const rivals = new Map<string, string[]>();
  for (const members of language.kinds.values()) {
    const named = members.filter((m) => !m.startsWith('@')).map((m) => termsOf(language, m.split(' '), false));
    named.forEach((terms, i) => {
      const others = named.filter((_, k) => k !== i).flat();
      for (const term of terms) rivals.set(term, [...new Set([...(rivals.get(term) ?? []), ...others])]);
    });
  }
  const tables = {
    rivals,
    memberWords: new Set([...kindMembers(language)].filter((m) => !m.startsWith('@'))),
    kindNouns: new Set([...language.kinds.keys()].filter((k) => !k.includes(' ')).map((k) => stemOfWord(language, k))),
  };
  kindTablesByLanguage.set(language, tables);
  return tables;
}

/** An article or a possessive determiner: "the", "a", "its". */
const determines = (language: Language, word: string) =>
  language.articleDeterminers.has(word) || language.indefiniteArticles.has(word) || language.quantifierDeterminers.has(word);

/**
 * For a yes/no question holding a phrase of keeping on (`continuing.phrases`) between a named subject
 * and a named thing (one of the story's names or a kind's member): what it asks; null otherwise. A
 * subject that is no name ("will AWS *customers* stay on Xen") is kept as `subject: ''`, which no fact
 * turns: the story says nothing on it.
 */
export function keptOn(language: Language, asked: readonly string[], yesNo: boolean): KeptOn | null {
  if (!yesNo) return null;
  const words = withAgentNounsAsVerbs(language, asked);
  for (let i = 1; i < words.length; i++) {
    const phrase = phraseAt(language.continuing.phrases, words, i);
    if (!phrase) continue;
    const after = words.slice(i + phrase.length).map((w) => stemOfWord(language, w));
    // "sticking with *the* Xen hypervisor": only a determiner stands between the phrase and the thing
    // ("did AWS get *back to* the Reg" is a particle, not backing).
    const objectAt = after.findIndex((s) => !determines(language, s));
    if (objectAt < 0 || language.stopwords.has(after[objectAt] ?? '')) continue;
    const objectTerms = termsOf(language, after.slice(objectAt), false).slice(0, 1);
    const { rivals: byMember, memberWords, kindNouns } = kindTablesOf(language);
    // "sticking to *one hypervisor*", "backing *the plan*": only a named thing is turned from by name.
    if (!objectTerms.some((t) => t.startsWith('e:') || byMember.has(t))) continue;
    // "backing *the Xen Project*": an organisation sharing a kind member's name ("Xen") is not the member the story has turned from.
    const length = language.phrases.longestAt(after, objectAt)?.length ?? 1;
    const named = words.slice(i + phrase.length + objectAt, i + phrase.length + objectAt + length).join(' ');
    if (objectTerms.some((t) => byMember.has(t)) && !memberWords.has(named)) continue;
    // "stay on *the Xen board*": a name before another noun modifies it; only the kind's noun may follow ("the Xen hypervisor").
    const next = after[objectAt + length];
    if (next !== undefined && !language.stopwords.has(next) && !kindNouns.has(next)) continue;
    const left = objectTerms;
    const rivals = [...new Set(objectTerms.flatMap((t) => byMember.get(t) ?? []))];
    // The subject stands right before the phrase, adverbs the lexicon counts stopwords between ("still").
    let end = i;
    while (end > 0 && language.stopwords.has(words[end - 1] ?? '')) end--;
    const stems = words.slice(0, end).map((w) => stemOfWord(language, w));
    let subject = '';
    for (let at = 0; at < stems.length; at++) {
      const entity = entityNamedAt(language, stems, at);
      if (entity && at + entity.length === stems.length) subject = entity.id;
    }
    return { subject, left, rivals };
  }
  return null;
}

/** The one-word phrase of keeping on a noun of its doer is made from ("backer" → "back"), or null. */
function agentVerb(language: Language, word: string): string | null {
  for (const suffix of language.continuing.agents.suffixes) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 2) continue;
    const verb = word.slice(0, -suffix.length);
    if (language.continuing.phrases.some((phrase) => phrase.length === 1 && phrase[0] === verb)) return verb;
  }
  return null;
}

/**
 * "is Oracle still *a Xen backer*", "is AWS still *a supporter of* Xen": the doer's noun of a phrase of
 * keeping on, after an article, with the thing before it or after its preposition, says what the verb
 * does: read as "still *back* Xen". The words unchanged where no such noun stands.
 */
function withAgentNounsAsVerbs(language: Language, words: readonly string[]): readonly string[] {
  for (let i = 1; i < words.length; i++) {
    const verb = agentVerb(language, words[i] ?? '');
    if (verb === null) continue;
    // "a supporter of Xen": the article right before the noun, the thing after its preposition.
    if (determines(language, words[i - 1] ?? '') && language.continuing.agents.objectPrepositions.has(words[i + 1] ?? ''))
      return [...words.slice(0, i - 1), verb, ...words.slice(i + 2)];
    // "a Xen backer": the article, then the thing's name of up to `maxNamedWords` words, then the noun.
    for (let start = i - 1; start >= Math.max(1, i - maxNamedWords); start--) {
      if (!determines(language, words[start - 1] ?? '')) continue;
      const named = language.phrases.longestAt(
        words.slice(start, i).map((w) => stemOfWord(language, w)),
        0,
      );
      if (named?.length === i - start)
        return [...words.slice(0, start - 1), verb, ...words.slice(start, i), ...words.slice(i + 1)];
    }
  }
  return words;
}

/** Most words of a thing's name before a doer's noun: "a *Xen hypervisor* backer". */
const maxNamedWords = 3;

/** A turn a fact states: who turns, from what and to what (terms). */
interface Turn {
  doer: string;
  from: ReadonlySet<string>;
  to: ReadonlySet<string>;
}

const turnsByFact = new WeakMap<Fact, readonly Turn[]>();

/**
 * What a verb of turning at `at` turns from and to: a leaving verb's object up to a destination ("replace
 * *Xen* with *KVM*"); a moving verb's words after a source ("from *Xen*") and after a destination, or its
 * first word of content ("goes *KVM*"). Up to `tuning.turnObjectReach` words.
 */
function turnedAt(language: Language, words: readonly string[], stems: readonly string[], at: number): Omit<Turn, 'doer'> {
  const { leaving, sources, destinations } = language.continuing;
  const leaves = leaving.has(words[at] ?? '');
  const from: string[] = [];
  const to: string[] = [];
  let role: 'object' | 'from' | 'to' = 'object';
  let start = at + 1;
  const flush = (end: number) => {
    const terms = termsOf(language, stems.slice(start, end), false);
    if (role === 'from' || (role === 'object' && leaves)) from.push(...terms);
    else if (role === 'to') to.push(...terms);
    else to.push(...terms.slice(0, 1));
  };
  const last = Math.min(words.length, at + 1 + tuning.turnObjectReach);
  for (let k = at + 1; k < last; k++) {
    const word = words[k] ?? '';
    const next = sources.has(word) ? 'from' : destinations.has(word) ? 'to' : null;
    if (next === null) continue;
    flush(k);
    role = next;
    start = k + 1;
  }
  flush(last);
  return { from: new Set(from), to: new Set(to) };
}

/**
 * The turns a fact's own words state, found once per fact: a verb of turning whose doer is the nearest
 * name before it in its sentence, at most `tuning.turnDoerReach` words that are no stopword between and
 * no negation ("nor replace Xen"), the verb not passive ("Xen was replaced by …"); in an organisation's
 * profile with no other name before the verb, the organisation ("AWS: The cloud that is moving …").
 */
function turnsOf(language: Language, fact: Fact): readonly Turn[] {
  const known = turnsByFact.get(fact);
  if (known) return known;
  const turns: Turn[] = [];
  const { leaving, moving } = language.continuing;
  const turning = (w: string) => leaving.has(w) || moving.has(w);
  const passive = language.words.passiveAuxiliaries;
  for (const sentence of fact.answer.split(/[.!?;:,]\s|\s[-\u2013\u2014]\s/u)) {
    const words = tokenise(normalise(sentence, language.contractions));
    if (!words.some(turning)) continue;
    const stems = words.map((w) => stemOfWord(language, w));
    const mentions: { id: string; end: number }[] = [];
    for (let at = 0; at < stems.length; ) {
      const entity = entityNamedAt(language, stems, at);
      if (entity) mentions.push({ id: entity.id, end: at + entity.length });
      at += entity ? entity.length : 1;
    }
    words.forEach((word, at) => {
      if (!turning(word)) return;
      let doer: string | null = null;
      let between = 0;
      let nearest = '';
      for (let k = at - 1; k >= 0 && doer === null; k--) {
        const w = words[k] ?? '';
        if (nearest === '' && (!language.stopwords.has(w) || passive.includes(w))) nearest = w;
        if (language.negations.has(w)) break;
        const mention = mentions.find((m) => m.end === k + 1);
        if (mention) doer = mention.id;
        else if (!language.stopwords.has(w) && ++between > tuning.turnDoerReach) break;
      }
      // "Xen was replaced by KVM": what stands before a passive verb is turned from, not the doer.
      if (word.endsWith('ed') && passive.includes(nearest)) return;
      if (
        doer === null &&
        fact.kind === 'organisation' &&
        fact.about !== null &&
        !mentions.some((m) => m.end <= at && m.id !== fact.about)
      )
        doer = fact.about;
      if (doer === null) return;
      turns.push({ doer, ...turnedAt(language, words, stems, at) });
    });
  }
  turnsByFact.set(fact, turns);
  return turns;
}

/** Whether a fact says the subject asked about turns from the thing or to another of its kind. */
export function turnsFrom(index: QaIndex, asked: KeptOn, fact: Fact): boolean {
  if (asked.subject === '') return false;
  return turnsOf(index.language, fact).some(
    (t) => t.doer === asked.subject && (asked.left.some((o) => t.from.has(o)) || asked.rivals.some((o) => t.to.has(o))),
  );
}
