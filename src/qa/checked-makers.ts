/**
 * "was the social media template written by AWS", "was the template put out by the Linux Foundation":
 * a yes/no question putting a maker to something made asks, in effect, who made it. The maker the
 * story gives answers it either way (a "no" is the maker it names instead), so the question is read
 * as "who was the social media template written by".
 */
import type { Language } from './language.js';
import { alternationOf } from './text.js';

const checkedMakerByLanguage = new WeakMap<Language, RegExp>();

/**
 * A passive auxiliary opening the question, then (in the same clause) a verb of making or giving out
 * (the lexicon's `makingVerbs`), an agent preposition and the maker up to the clause's end.
 */
function checkedMaker(language: Language): RegExp {
  let pattern = checkedMakerByLanguage.get(language);
  if (!pattern) {
    const alternation = (phrases: readonly string[]) => alternationOf(phrases, { spaced: true });
    const auxiliaries = alternation(language.words.passiveAuxiliaries);
    pattern = new RegExp(
      `^(\\s*(?:${auxiliaries})\\s[^,;:.?!]*?\\b(?:${alternation(language.makingVerbs)})\\s+(?:${alternation(language.words.agentPrepositions)}))\\s[^,;:.?!]+`,
      'iu',
    );
    checkedMakerByLanguage.set(language, pattern);
  }
  return pattern;
}

/** The question as "who … by" without the maker it put, where it is a yes/no question putting one; else as it was. */
export function withCheckedMakerAsked(language: Language, question: string): string {
  const found = checkedMaker(language).exec(question);
  return found ? `who ${found[1]?.trimStart()}${question.slice(found[0].length)}` : question;
}
