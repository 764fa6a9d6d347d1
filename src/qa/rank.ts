import type { Question } from './analyse.js';
import type { QaIndex } from './build.js';
import type { Fact } from './candidates.js';

/** A fact scored against a question. */
export interface Scored {
  fact: Fact;
  /** Share of the question's weighted terms the fact contains (0..1). */
  coverage: number;
  /** The same share without the subject: does the fact answer what is asked about the subject? */
  topic: number;
  /** How well the fact's kind fits the question's type; below 1 is a mismatch. */
  fit: number;
  score: number;
}

const intentWeight = 6;

/** How much a term says about what is asked: rare terms more, entities more, unknown words most. */
export function termWeight(index: QaIndex, term: string): number {
  const df = index.documentFrequency.get(term) ?? 0;
  if (df === 0) return index.unknownWeight;
  if (term.startsWith('i:')) return intentWeight;
  const idf = Math.log(1 + index.facts.length / df);
  return term.startsWith('e:') ? idf * 1.5 : idf;
}

function kindSatisfied(index: QaIndex, question: Question, fact: Fact): boolean {
  const kind = question.kind;
  if (!kind) return true;
  return kind.members.some((member) => {
    if (member === '@org' || member === '@person') {
      const wanted = member === '@org' ? 'organisation' : 'person';
      for (const id of fact.entities)
        if (!question.entities.includes(id) && index.language.entities.get(id)?.kind === wanted) return true;
      return false;
    }
    if (member.startsWith('@')) return fact.features.has(member);
    return fact.terms.has(member) && !question.terms.includes(member);
  });
}

const metaIntents: Partial<Record<Fact['kind'], string>> = {
  headline: 'i:headline',
  standfirst: 'i:standfirst',
  update: 'i:update',
  publication: 'i:publication',
  'related-list': 'i:related',
  template: 'i:template',
};

/** What typeFit needs to know about the question, worked out once rather than for every fact. */
interface FitContext {
  subjectQuoted: boolean;
}

function fitContext(index: QaIndex, question: Question): FitContext {
  const subject = question.subject;
  return {
    subjectQuoted: subject !== null && index.story.quotes.some((q) => q.speaker === subject || q.organisation === subject),
  };
}

function typeFit(index: QaIndex, question: Question, fact: Fact, onlyEntities: boolean, context: FitContext): number {
  const intent = metaIntents[fact.kind];
  // The headline or the template answers questions about themselves, not everything they mention.
  const meta = intent && !question.terms.includes(intent) ? 0.95 : 1;
  return meta * kindFit(index, question, fact, onlyEntities, context);
}

function kindFit(index: QaIndex, question: Question, fact: Fact, onlyEntities: boolean, context: FitContext): number {
  const subject = question.subject;
  const profile = fact.kind === 'person' || fact.kind === 'organisation';
  // A question naming someone and asking nothing else ("who is X?", "what about X?") wants the profile.
  const asksAboutThem = question.type !== 'said' && question.type !== 'recipient' && question.type !== 'expansion';
  if (onlyEntities && subject && profile && fact.about === subject && asksAboutThem) return 1.3;
  switch (question.type) {
    case 'expansion':
      return question.abbreviation !== null && fact.features.has(`@spells-out:${question.abbreviation}`) ? 1.2 : 0.5;
    case 'said': {
      if (!subject) return 1;
      if (context.subjectQuoted) {
        if (fact.kind !== 'quote') return 0.68;
        return fact.about === subject || index.story.personById.get(fact.about ?? '')?.organisation === subject ? 1.15 : 0.6;
      }
      // Someone the story never quotes "said" only what the data says they claimed, or, for the
      // publication, its own reporting; anything else would put words in their mouth.
      if (fact.by.includes(subject)) return 1;
      if (subject === index.publication && (fact.kind === 'sentence' || fact.kind === 'claim')) return 1;
      return 0.6;
    }
    case 'recipient': {
      // "Who did X talk to?" is answered by X's quotes, which say whom they were said to; the
      // one naming another organisation (an outlet) beats one said in X's own posts.
      if (fact.kind !== 'quote') return 0.6;
      const speakerOrganisation = index.story.personById.get(fact.about ?? '')?.organisation;
      if (subject && fact.about !== subject && speakerOrganisation !== subject) return 0.65;
      const toAnother = [...(fact.saidTo ?? [])].some((id) => id !== fact.about && id !== speakerOrganisation);
      return (fact.about === subject ? 1.2 : 1.1) + (toAnother ? 0.15 : 0);
    }
    case 'who': {
      if (profile) return 1.1;
      for (const id of fact.named) if (!question.entities.includes(id)) return 1;
      return 0.75;
    }
    case 'when':
      if (fact.kind === 'event' || fact.kind === 'update') return fact.hasDate ? 1.15 : 0.5;
      return fact.hasDate ? 1.05 : 0.5;
    case 'howmany':
      return fact.hasQuantity ? 1.1 : 0.5;
    default: {
      if (profile) return 0.95;
      // Between facts that cover the question alike, the one its subject stands behind ("Xen's plan").
      const bySubject = subject !== null && fact.by.includes(subject) ? 1.01 : 1;
      if (fact.keyPoint) return 1.04 * bySubject;
      return (fact.kind === 'claim' || fact.kind === 'quote' ? 1.02 : 1) * bySubject;
    }
  }
}

/** Facts sharing at least one term with the question, best first. */
export function rankFacts(index: QaIndex, question: Question): Scored[] {
  if (question.terms.length === 0) return [];
  const n = index.facts.length;
  const covered = new Float64Array(n);
  const topicCovered = new Float64Array(n);
  const bm25 = new Float64Array(n);
  const subjectTerm = question.subject ? `e:${question.subject}` : null;
  const aboutSubject = new Set([...question.subjectTerms, ...(subjectTerm ? [subjectTerm] : [])]);
  let total = 0;
  let topicTotal = 0;
  let kindWeight = 0;
  for (const term of question.terms) {
    const w = termWeight(index, term);
    total += w;
    const topical = !aboutSubject.has(term);
    if (topical) topicTotal += w;
    if (term === question.kind?.term) kindWeight = w;
    for (const [id, score] of index.postings(term)) {
      covered[id] = (covered[id] ?? 0) + w;
      if (topical) topicCovered[id] = (topicCovered[id] ?? 0) + w;
      bm25[id] = (bm25[id] ?? 0) + score;
    }
  }
  let maxRank = 0;
  for (let id = 0; id < n; id++) if ((bm25[id] ?? 0) > maxRank) maxRank = bm25[id] ?? 0;
  const onlyEntities = question.terms.every((t) => t.startsWith('e:') || t === 'i:role');
  const context = fitContext(index, question);
  const scored: Scored[] = [];
  for (let id = 0; id < n; id++) {
    let got = covered[id] ?? 0;
    if (got === 0) continue;
    const fact = index.facts[id];
    if (!fact) continue;
    const satisfied = kindSatisfied(index, question, fact);
    let topicGot = topicCovered[id] ?? 0;
    // The kind noun ("which hypervisor") counts as matched by a fact naming one, not by the word.
    if (question.kind?.term && !fact.terms.has(question.kind.term) && satisfied) {
      got += kindWeight;
      if (!aboutSubject.has(question.kind.term)) topicGot += kindWeight;
    }
    const coverage = total > 0 ? got / total : 0;
    const topic = topicTotal > 0 ? topicGot / topicTotal : 1;
    const fit = typeFit(index, question, fact, onlyEntities, context) * (satisfied ? 1 : 0.6) * (fact.isDefault ? 1.02 : 1);
    const score = coverage * fit + 0.01 * (maxRank > 0 ? (bm25[id] ?? 0) / maxRank : 0);
    scored.push({ fact, coverage, topic, fit, score });
  }
  return scored.sort((a, b) => b.score - a.score || a.fact.id - b.fact.id);
}
