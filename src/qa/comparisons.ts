/**
 * Comparisons: "is Xen more secure than KVM", "is KVM faster than Xen". A question comparing two
 * things is answered only by a text that compares ("better performance than Xen"); a text saying
 * something of one of them alone does not say which is more so.
 */
import type { Lexicon } from './lexicon.js';
import { tuning } from './tuning.js';

/** Whether lower-case words hold a comparative at most `tuning.comparativeReach` words before "than". */
export function compares(comparison: Lexicon['comparison'], words: readonly string[]): boolean {
  if (words.some((w) => comparison.surpassing.includes(w))) return true;
  // Most texts hold no "than": one scan with a plain comparison before any other work.
  const [than] = comparison.than;
  if (comparison.than.length === 1 && than !== undefined && !words.includes(than)) return false;
  for (let i = 1; i < words.length; i++) {
    if (!comparison.than.includes(words[i] ?? '')) continue;
    for (let k = Math.max(0, i - tuning.comparativeReach); k < i; k++) {
      const word = words[k] ?? '';
      if (comparison.irregular.includes(word)) return true;
      // "more secure than": a degree word compares the word after it; "more than 12 days" counts.
      if (comparison.degreeWords.includes(word) && k + 1 < i) return true;
      if (
        word.endsWith(comparison.suffix) &&
        word.length > comparison.suffix.length + 2 &&
        !comparison.notComparative.includes(word)
      )
        return true;
    }
  }
  return false;
}
