import type { Language } from './language.js';

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
 * The question's words without an adjective only stressing the shell noun after it ("what's Xen's
 * *big* plan", "the *major* plans"): it asks nothing the noun doesn't. Before another noun ("another
 * *big* company") it may be what tells one thing from another, and stays.
 */
export function withoutEmphasis(language: Pick<Language, 'emphasis'>, words: string[]): string[] {
  const { adjectives, shellNouns } = language.emphasis;
  const stresses = (w: string, at: number) => {
    const next = words[at + 1] ?? '';
    return adjectives.has(w) && (shellNouns.has(next) || shellNouns.has(next.replace(/s$/, '')));
  };
  return words.some(stresses) ? words.filter((w, at) => !stresses(w, at)) : words;
}

/** How many words an event noun may stand from its verb: "hold *the Xen Project's* call", "the call *was* held". */
const eventVerbReach = 4;

/**
 * The question's words without a verb only saying an event took place, beside a noun of an event
 * ("when did the board *hold* the call", "where was the summit *held*"): the event is what is asked
 * about; that it was held is no word to find.
 */
export function withoutEventVerbs(language: Pick<Language, 'eventVerbs' | 'compoundParticles'>, words: string[]): string[] {
  const { verbs, nouns } = language.eventVerbs;
  const near = (at: number) => words.some((w, i) => i !== at && Math.abs(i - at) <= eventVerbReach && nouns.has(w));
  // "what *held up* the launch": with a particle it is another verb, which asks something.
  const empty = (w: string, at: number) => verbs.has(w) && !language.compoundParticles.includes(words[at + 1] ?? '') && near(at);
  return words.some(empty) ? words.filter((w, at) => !empty(w, at)) : words;
}
