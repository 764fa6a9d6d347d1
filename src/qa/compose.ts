import type { Question } from './analyse.js';
import type { Answer, AnswerSource } from './answer.js';
import type { QaIndex } from './build.js';
import { type Fact, type Passage, type Support, supportText } from './candidates.js';
import { asksQualification } from './qualifying.js';
import { type Scored, termWeight } from './rank.js';
import { tuning } from './tuning.js';

/** The article's own sentence that best backs a summarised fact, so the reply quotes the story. */
function bestSupport(index: QaIndex, question: Question, fact: Fact): Support | null {
  let best: Support | null = null;
  let bestOverlap = 0;
  for (const sentence of fact.support) {
    let overlap = 0;
    for (const term of question.terms) if (sentence.terms.has(term)) overlap += termWeight(index, term);
    if (overlap > bestOverlap) {
      best = sentence;
      bestOverlap = overlap;
    }
  }
  return best;
}

export function dedupeSources(sources: AnswerSource[]): AnswerSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.paragraph}|${s.speaker ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "Who said …" answered by a claim: whom the data says made it, before it. */
function attributed(index: QaIndex, question: Question, fact: Fact): string {
  if (question.type !== 'speaker' || fact.kind !== 'claim' || fact.by.length === 0) return fact.answer;
  const names = fact.by.map((id) => index.story.personById.get(id)?.name ?? index.story.organisationById.get(id)?.fullName ?? id);
  return `${names.join(' and ')}: ${fact.answer}`;
}

/** A fact's reply with the passage it leans on quoted under it, citing both. */
function withPassage(fact: Fact, passage: Passage): { text: string; sources: AnswerSource[] } {
  return {
    text: `${fact.answer}\n> ${passage.text}`,
    sources: dedupeSources([...fact.sources, { paragraph: passage.paragraph, speaker: null }]),
  };
}

export function render(index: QaIndex, question: Question, fact: Fact): { text: string; sources: AnswerSource[] } {
  // "what are the 'unequivocal statements'": asked about by its pointing phrase, a sentence shows what it points at.
  const back = fact.pointsBack;
  if (back && question.terms.some((t) => back.terms.has(t))) return withPassage(fact, back);
  // "what are the two languages …": asked for what its pronoun stands for ("These two programming
  // languages have …"), a sentence shows the sentence before it, which names them.
  const antecedent = fact.refersBack;
  if (antecedent && question.terms.some((t) => !fact.terms.has(t) && antecedent.terms.has(t)))
    return withPassage(fact, antecedent);
  // A quote of a few words ("what is true and what isn't") is shown in the story's sentence it sits in.
  const sitsInSentence = fact.kind === 'quote' && fact.support.length > 0;
  if (fact.kind !== 'claim' && fact.kind !== 'event' && !sitsInSentence) return { text: fact.answer, sources: fact.sources };
  const answer = attributed(index, question, fact);
  const support = bestSupport(index, question, fact);
  if (!support) return { text: answer, sources: fact.sources };
  const speaker = support.speaker;
  return {
    text: `${answer}\n> ${supportText(support)}`,
    sources: dedupeSources([
      { paragraph: support.paragraph, speaker },
      ...(support.introduces?.paragraphs ?? []).map((paragraph) => ({ paragraph, speaker: null })),
      ...fact.sources,
    ]),
  };
}

/**
 * The reply for the chosen facts: every quote by the subject that fits as well as the best one for
 * "what did X say", otherwise the best fact and, when it is a close call, the runner-up.
 */
export function composeAnswer(index: QaIndex, question: Question, ranked: readonly Scored[]): Answer {
  const best = ranked[0];
  if (!best) throw new Error('composeAnswer needs at least one fact');
  const chosen: Fact[] = [best.fact];
  if (question.type === 'said' && best.fact.kind === 'quote') {
    for (const other of ranked.slice(1)) {
      if (chosen.length >= tuning.maxQuotes) break;
      if (
        other.fact.kind === 'quote' &&
        other.fact.about === best.fact.about &&
        other.score >= best.score * tuning.sameSpeakerShare
      )
        chosen.push(other.fact);
    }
    chosen.sort((a, b) => (a.sources[0]?.paragraph ?? 0) - (b.sources[0]?.paragraph ?? 0));
  } else {
    // A close call shows the runners-up from other paragraphs rather than guessing between them.
    for (const other of ranked.slice(1)) {
      if (chosen.length >= tuning.maxCloseCall || other.score < best.score * tuning.closeCallShare) break;
      const elsewhere = !other.fact.sources.some((s) => chosen.some((c) => c.sources.some((b) => b.paragraph === s.paragraph)));
      if (elsewhere && other.fit >= 1) chosen.push(other.fact);
    }
  }
  const parts = chosen.map((fact) => render(index, question, fact));
  // A yes/no answer is balanced by what the story itself says next ("But …"), when it says it; a
  // question asking how the story qualifies it is answered by that.
  if (question.type === 'yesno' || asksQualification(index, question)) {
    const said = parts.map((p) => p.text).join('\n');
    const qualification = chosen.map((fact) => fact.qualifiedBy).find((q) => q !== undefined && !said.includes(q.turn));
    if (qualification)
      parts.push({
        text: `${index.language.words.qualificationIntro} ${qualification.text}`,
        sources: [{ paragraph: qualification.paragraph, speaker: null }],
      });
  }
  return {
    answered: true,
    answer: parts.map((p) => p.text).join('\n\n'),
    sources: dedupeSources(parts.flatMap((p) => p.sources)),
    suggestions: [],
  };
}
