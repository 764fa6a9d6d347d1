/**
 * "which hypervisor did AWS use *before KVM*": a kind asked for beside one of its members put after
 * "before" asks for another member, the one that came first. The member stays a term of the question
 * (so it is no answer to it) and "before" goes: it asks for no time the story must give. "what did AWS
 * say before the update" keeps it: the update is no member of a kind asked for. A marker ending the
 * question ("what kept Xen viable before") goes too.
 */
import { type Language, stemOfWord } from './language.js';
import { escapeRegExp, normalise, tokenise } from './text.js';

/** How many words after the marker may hold the member: "before *this whole KVM* switch". */
const memberReach = 4;

/** The question without a marker of what came before a member of the kind it asks for, or as it was. */
export function withPriorMarkerDropped(language: Language, question: string): string {
  const lower = ` ${question.toLowerCase()} `;
  const marker = language.priorMarkers.find((m) => lower.includes(` ${m} `));
  if (marker === undefined) return question;
  const words = tokenise(normalise(question, language.contractions));
  const markerWords = marker.split(' ');
  const at = words.findIndex((_, i) => markerWords.every((m, j) => words[i + j] === m));
  if (at < 0) return question;
  const drop = () => question.replace(new RegExp(`\\b${escapeRegExp(marker).replace(/ /g, '\\s+')}\\b`, 'i'), ' ');
  // "what kept Xen viable *before*": with nothing after it the marker is an adverb, "previously", and asks for no time.
  if (at + markerWords.length === words.length) return drop();
  const stems = words.map((w) => stemOfWord(language, w));
  const after = new Set(stems.slice(at + markerWords.length, at + markerWords.length + memberReach));
  const asked = stems.slice(0, at).flatMap((s) => language.kinds.get(s) ?? []);
  // Only the marker goes: capitals elsewhere may spell initials ("the NZ pad").
  return asked.some((member) => after.has(member)) ? drop() : question;
}
