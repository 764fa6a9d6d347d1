import { type Language, stemOfWord } from './language.js';
import { tuning } from './tuning.js';

/**
 * "did amazon *walk* any of this *back*", "did AWS *roll* it *out*": a phrasal verb's particle (the
 * lexicon's `compoundParticles`) may stand after the verb's object. A word and a particle up to
 * `tuning.particleReach` words after it that together make a phrase the engine knows ("walk back")
 * are read as that phrase: the particle moves next to its verb. Where the particle is a preposition
 * of place, stands before an object of its own (a word after it that is no stopword), or follows a
 * degree adverb, it is not the verb's. Words with no such pair are returned as they are.
 */
export function withParticlesBesideVerbs(language: Language, words: readonly string[]): readonly string[] {
  const particles = particlesOf(language);
  // Most messages hold no particle after their second word: they are passed on whole.
  if (!words.some((w, at) => at >= 2 && particles.has(w))) return words;
  const degree = (w: string) => !language.articleDeterminers.has(w) && language.certainty.degree.has(stemOfWord(language, w));
  let out: readonly string[] = words;
  for (let at = 0; at < out.length; at++) {
    const verb = out[at] ?? '';
    if (language.stopwords.has(verb) || particles.has(verb)) continue;
    const last = Math.min(out.length - 1, at + 1 + tuning.particleReach);
    for (let k = at + 2; k <= last; k++) {
      const particle = out[k] ?? '';
      if (!particles.has(particle)) continue;
      // "pull its engineers *off xen*", "have seats *on the board*": before its own object, it is a preposition.
      const next = out[k + 1];
      if (language.placePrepositions.has(particle) || (next !== undefined && !language.stopwords.has(next))) break;
      // "has gone *too far* away": a degree adverb between them makes the particle an adverb's, not the verb's.
      if (out.slice(at + 1, k).some(degree)) break;
      if (language.phrases.longestAt([stemOfWord(language, verb), stemOfWord(language, particle)], 0)?.length === 2)
        out = [...out.slice(0, at + 1), particle, ...out.slice(at + 1, k), ...out.slice(k + 1)];
      break;
    }
  }
  return out;
}

const particlesByLanguage = new WeakMap<Language, ReadonlySet<string>>();

/** The lexicon's particles as a set, once per language. */
function particlesOf(language: Language): ReadonlySet<string> {
  let particles = particlesByLanguage.get(language);
  if (!particles) {
    particles = new Set(language.compoundParticles);
    particlesByLanguage.set(language, particles);
  }
  return particles;
}
