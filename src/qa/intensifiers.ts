import { type Language, stemOfWord } from './language.js';

/**
 * The question's words without an emotive phrase right after a question word ("what *the hell* is
 * BLE", "where *on earth* is CAPSTONE going"): it intensifies the question word and asks nothing.
 */
export function withoutIntensifiers(
  language: Pick<Language, 'interrogatives' | 'interrogativeIntensifiers'>,
  words: string[],
): string[] {
  let out = words;
  for (let at = 0; at < out.length - 1; at++) {
    if (!language.interrogatives.has(out[at] ?? '')) continue;
    const phrase = language.interrogativeIntensifiers.find((p) => p.every((w, i) => out[at + 1 + i] === w));
    if (phrase) out = [...out.slice(0, at + 1), ...out.slice(at + 1 + phrase.length)];
  }
  return out;
}

/**
 * The question's words without an adjective only stressing the shell noun or the noun of saying after
 * it ("what's Xen's *big* plan", "the *major* plans", "the LF's *official* statement"): it asks nothing
 * the noun doesn't. Before another noun ("another *big* company") it may be what tells one thing from
 * another, and stays.
 */
export function withoutEmphasis(
  language: Pick<Language, 'emphasis' | 'speechActs' | 'stemCache' | 'stems'>,
  words: string[],
): string[] {
  const { adjectives, shellNouns } = language.emphasis;
  const stressed = (noun: string) => shellNouns.has(noun) || language.speechActs.nouns.has(noun);
  const stresses = (w: string, at: number) =>
    adjectives.has(w) && at + 1 < words.length && stressed(stemOfWord(language, words[at + 1] ?? ''));
  return words.some(stresses) ? words.filter((w, at) => !stresses(w, at)) : words;
}

/** How many words a light verb's noun may stand from it: "hold *the Xen Project's* call", "the call *was* held". */
const lightVerbReach = 4;

/**
 * The question's words without a light verb beside a noun it goes with: "when did the board *hold*
 * the call", "where was the summit *held*", "who *holds* the title of director …". The event or the
 * post is what is asked about; that it was held is no word to find.
 */
export function withoutLightVerbs(language: Pick<Language, 'lightVerbs' | 'compoundParticles'>, words: string[]): string[] {
  const near = (nouns: ReadonlySet<string>, at: number) =>
    words.some((w, i) => i !== at && Math.abs(i - at) <= lightVerbReach && nouns.has(w));
  // "what *held up* the launch": with a particle it is another verb, which asks something.
  const light = (w: string, at: number) =>
    !language.compoundParticles.includes(words[at + 1] ?? '') &&
    language.lightVerbs.some(({ verbs, nouns }) => verbs.has(w) && near(nouns, at));
  return words.some(light) ? words.filter((w, at) => !light(w, at)) : words;
}
