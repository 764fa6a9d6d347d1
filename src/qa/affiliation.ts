import type { QaIndex } from './build.js';
import { termsOfList } from './language.js';
import { jobTitleTerms } from './naming.js';

const roleIntent = 'i:role';

/**
 * "is Warrilow a *Forrester* analyst?", "is Schlaeger from Google", "does Cottingham work for VMware",
 * "is Cottingham the *CEO* of Citrix", "is Schlaeger a *Google engineer*": a yes/no question putting one
 * of the story's people with an organisation not their own (one the story names, or a name it never
 * mentions), or with a job, checks whom they work for and as what, which their role answers ("Michael
 * Warrilow is Gartner's research veep …"). An organisation alone needs a word of affiliation ("from",
 * "at", "work for") or a copula opening it; a job is put to the person by a copula anywhere ("is it true
 * Cottingham *is* the CEO"). Nothing else may be asked beside them. The person, or null.
 */
export function affiliationChecked(
  index: QaIndex,
  words: readonly string[],
  terms: readonly string[],
  subject: string | null,
  names: readonly string[],
): string | null {
  const { language } = index;
  if (subject === null || language.entities.get(subject)?.kind !== 'person') return null;
  const own = index.story.personById.get(subject)?.organisation ?? null;
  const others = terms.filter((t) => t !== `e:${subject}` && t !== roleIntent);
  const organisations = others.filter((t) => t.startsWith('e:') && language.entities.get(t.slice(2))?.kind === 'organisation');
  const jobs = termsOfList(language, language.jobNouns);
  const ownTitle = jobTitleTerms(index);
  const asJob = others.filter((t) => !organisations.includes(t) && (jobs.has(t) || ownTitle.has(t)));
  if (organisations.length + asJob.length !== others.length || organisations.length > 1) return null;
  const [organisation] = organisations;
  const elsewhere = organisation !== undefined && organisation.slice(2) !== own && names.length === 0;
  const unnamedElsewhere = organisation === undefined && names.length === 1;
  if (asJob.length > 0) return names.length <= 1 && words.some((w) => language.copulas.has(w)) ? subject : null;
  if (!elsewhere && !unnamedElsewhere) return null;
  const affiliated =
    words.some((w) => language.affiliationPrepositions.has(w) || language.workVerbs.has(w)) ||
    language.copulas.has(words[0] ?? '');
  return affiliated ? subject : null;
}
