/**
 * Who a question asks about as a speaker: the source before a verb of saying ("what did Gartner say"),
 * "according to X", the writer's "we", "who speaks for X" and whether X quotes someone.
 */
import type { QaIndex } from './build.js';
import { entityNamedAt, type Language } from './language.js';
import { normalise, standsAt, stem, tokenise } from './text.js';

const voices = new WeakMap<QaIndex, string[]>();

/** The publication's name as words ("the", "register"): what the writer's "we" stands for. */
function voiceOf(index: QaIndex): string[] {
  let words = voices.get(index);
  if (!words) {
    const name = index.publication ? index.story.organisationById.get(index.publication)?.name : undefined;
    words = name ? tokenise(normalise(name, index.language.contractions)) : [];
    voices.set(index, words);
  }
  return words;
}

/**
 * "What did *we* ask AWS?", "what did the LF tell *us*?": in a question about a story, the first
 * person is its writer, the publication, unless the question addresses the bot ("can you tell us")
 * or the readers ("what do we know").
 */
export function withVoice(index: QaIndex, words: string[]): string[] {
  const { language } = index;
  if (!words.some((w) => language.firstPerson.has(w)) || words.some((w) => language.secondPerson.has(w))) return words;
  const voice = voiceOf(index);
  if (voice.length === 0) return words;
  // After an article, "us" is a name ("the US pad"), not the writer.
  return words.flatMap((w, i) =>
    language.firstPerson.has(w) &&
    !language.readerAuxiliaries.has(words[i - 1] ?? '') &&
    !language.articleDeterminers.has(words[i - 1] ?? '')
      ? voice
      : [w],
  );
}

/**
 * How many words from a position a source's medium takes before a verb of saying ("*earlier posts*
 * say", "*blog post* said"): up to its noun, with at most `sourceNounReach` words describing it; 0 for none.
 */
function mediumBefore(language: Language, stems: readonly string[], from: number): number {
  for (let noun = from; noun <= from + sourceNounReach; noun++)
    if (language.sourceNouns.has(stems[noun] ?? '') && language.attributionVerbs.has(stems[noun + 1] ?? ''))
      return noun - from + 1;
  return 0;
}

/** How many words after a light verb its noun of saying may come: "give *the Register any* comment". */
const speechActWindow = 5;

/**
 * "does Gartner agree …", "did AWS say …": the entity right before an attribution verb is the
 * question's source; the verb asks who, not what, and is dropped. So is one before an adjective of
 * feeling ("is the Linux Foundation *angry* at AWS"): how they feel is what they say.
 */
export function sourceOf(language: Language, stems: string[]): { source: string | null; stems: string[] } {
  for (let i = 0; i < stems.length; i++) {
    const match = language.phrases.longestAt(stems, i);
    if (!match) continue;
    const entity = match.values.find((v) => v.startsWith('e:'));
    // "did AWS *really* say …": an adverb of emphasis may stand between the speaker and the verb.
    let verb = i + match.length;
    while (entity && verb < stems.length - 1 && language.speakingAdverbs.has(stems[verb] ?? '')) verb++;
    // "did AWS's *earlier posts* say …": the source's medium, and the words describing it, before the
    // verb, where the source opens the claim asked about ("at odds with what AWS's posts said" asks of another).
    const opensClaim = i === 0 || language.yesNoStarts.has(stems[i - 1] ?? '');
    const medium = entity && opensClaim ? mediumBefore(language, stems, verb) : 0;
    if (entity && medium > 0)
      return { source: entity.slice(2), stems: [...stems.slice(0, verb), ...stems.slice(verb + medium + 1)] };
    // "does Gartner think Xen is gonna be *fine*": a feeling in what they think is their view too.
    if (entity && language.attributionVerbs.has(stems[verb] ?? ''))
      return {
        source: entity.slice(2),
        stems: [...stems.slice(0, verb), ...stems.slice(verb + 1).filter((s) => !language.attitudeAdjectives.has(s))],
      };
    // "is the Linux Foundation *angry* at AWS", "is Citrix *so worried*", "is Gartner *bullish or bearish*":
    // a feeling said of someone, or a choice of feelings, asks their view.
    let felt = verb;
    while (felt < stems.length - 1 && language.certainty.degree.has(stems[felt] ?? '')) felt++;
    if (entity && language.attitudeAdjectives.has(stems[felt] ?? '')) {
      while (
        language.words.coordinators.includes(stems[felt + 1] ?? '') &&
        language.attitudeAdjectives.has(stems[felt + 2] ?? '')
      )
        felt += 2;
      return { source: entity.slice(2), stems: [...stems.slice(0, verb), ...stems.slice(felt + 1)] };
    }
    // "did Oracle give the Register any comment": a light verb and a noun of saying a few words on.
    if (entity && language.speechActs.verbs.has(stems[verb] ?? '')) {
      const noun = stems.findIndex((s, at) => at > verb && at <= verb + speechActWindow && language.speechActs.nouns.has(s));
      if (noun > 0)
        return {
          source: entity.slice(2),
          stems: stems.filter((_, at) => at !== verb && at !== noun),
        };
    }
    i += match.length - 1;
  }
  return { source: null, stems };
}

/**
 * "cottingham said nobody using which citrix products had asked": a question opening with someone and
 * a verb of saying asks for part of what they said; only their word answers, as for a yes/no question.
 */
export function openingSource(language: Language, stems: string[]): { source: string | null; stems: string[] } {
  const entity = entityNamedAt(language, stems, 0);
  if (!entity || !language.attributionVerbs.has(stems[entity.length] ?? '')) return { source: null, stems };
  return { source: entity.id, stems: [...stems.slice(0, entity.length), ...stems.slice(entity.length + 1)] };
}

/** Most words describing a source's medium before its noun: "the Reg's *first published* report". */
const sourceNounReach = 2;

/**
 * "according to the Gartner guy, who is already moving to KVM", "what's Oracle doing, as per
 * Warrilow": a source phrase and an entity (after an article) name whose word answers, in any
 * question; the phrase is dropped. The writer ("according to the *writer*", not "the article", which
 * may report anyone's words) is the publication.
 */
export function phrasedSource(
  language: Language,
  stems: string[],
  publication: string | null = null,
): { source: string | null; stems: string[] } {
  for (let i = 0; i < stems.length; i++)
    for (const phrase of language.sourcePhrases) {
      if (!standsAt(stems, i, phrase)) continue;
      const after = i + phrase.length + (language.articleDeterminers.has(stems[i + phrase.length] ?? '') ? 1 : 0);
      if (publication !== null && language.personalWriterNouns.has(stems[after] ?? ''))
        return { source: publication, stems: [...stems.slice(0, i), ...stems.slice(after + 1)] };
      const named = language.phrases.longestAt(stems, after);
      const entity = named?.values.find((v) => v.startsWith('e:'));
      if (!named || !entity) continue;
      // "according to the Reg's *earlier reporting*": the source's medium, and the words describing it, are not asked.
      const end = after + named.length;
      const medium = stems.slice(end, end + sourceNounReach + 1).findIndex((s) => language.sourceNouns.has(s));
      const rest = medium < 0 ? end : end + medium + 1;
      return {
        source: entity.slice(2),
        stems: [...stems.slice(0, i), ...stems.slice(i + phrase.length, end), ...stems.slice(rest)],
      };
    }
  return { source: null, stems };
}

/** How many words may stand between a "who" question's verb and its noun of saying: "handled *the press* comment". */
const speakingForWindow = 3;

/**
 * "who handled the press comment for the Xen Project", "who gave the statement for X": a "who"
 * question whose verb takes a noun of saying made for someone asks who spoke for them, however the
 * verb puts it; it reads as "who speaks for X".
 */
export function asSpeakingFor(language: Language, words: readonly string[]): readonly string[] {
  // The preposition of "speaks for" is the one after the noun: "the statement *for* X".
  const preposition = language.speechActs.speakingFor.at(-1);
  const noun = words.findIndex(
    (w, i) =>
      i >= 2 &&
      i <= 2 + speakingForWindow &&
      language.speechActs.nouns.has(stem(w, language.stems)) &&
      words[i + 1] === preposition,
  );
  if (noun < 0) return words;
  return [words[0] ?? '', ...language.speechActs.speakingFor, ...words.slice(noun + 2)];
}

/** Whether a verb of quoting stands as a verb ("does the post *quote*"), not as a noun ("whose *quote*", "the quote"). */
export function quotesSomeone(language: Language, words: readonly string[]): boolean {
  return words.some(
    (w, i) =>
      language.quotingVerbs.has(w) && i > 1 && words[i - 1] !== 'whose' && !language.articleDeterminers.has(words[i - 1] ?? ''),
  );
}

/** How many words may open a question before the speaker whose view it asks for: "why does the". */
const viewOpeningReach = 3;

/**
 * "why does the reg reckon …", "how does the writer rate …", "does the author think …": a speaker
 * right after the question's opening words (question word, auxiliary, article), before a verb of
 * saying or judging, names whose view is asked for; only their word answers. The writer or the
 * article (`writerNouns`, `articleNouns`) is the publication, and those words are dropped (they
 * would ask for the byline); the verb is dropped too.
 */
export function viewSource(index: QaIndex, stems: string[]): { source: string | null; stems: string[] } {
  const { language } = index;
  for (let i = 0; i <= viewOpeningReach && i < stems.length; i++) {
    if (i > 0 && !language.stopwords.has(stems[i - 1] ?? '')) break;
    const word = stems[i] ?? '';
    const writer = index.publication !== null && language.writerNouns.has(word);
    const match = writer ? null : language.phrases.longestAt(stems, i);
    const entity = match?.values.find((v) => v.startsWith('e:'))?.slice(2);
    const source = writer ? index.publication : (entity ?? null);
    if (source === null) continue;
    const end = i + (match?.length ?? 1);
    let verb = end;
    while (verb < stems.length - 1 && language.speakingAdverbs.has(stems[verb] ?? '')) verb++;
    // "why is the reg *so sure* …": an adjective of certainty, after an adverb of degree or none, stands
    // for the verb, where words open the question before the speaker ("Google's assured OSS" asks nothing of Google).
    const degree = language.certainty.degree.has(stems[verb] ?? '') ? verb + 1 : verb;
    if (i > 0 && language.certainty.adjectives.has(stems[degree] ?? '')) verb = degree;
    else if (!language.viewVerbs.has(stems[verb] ?? '')) return { source: null, stems };
    const from = writer ? i : end;
    return { source, stems: [...stems.slice(0, from), ...stems.slice(end, verb), ...stems.slice(verb + 1)] };
  }
  return { source: null, stems };
}
