import type { Answer, AnswerSource } from './answer.js';
import type { QaIndex } from './build.js';
import { sentencesOf } from './candidates.js';
import { intentTerm, spelledWords, stemOfWord, termsOfList } from './language.js';
import { standsAt } from './text.js';

/** An earlier article of the publication's own the story mentions, as it words it ("first story", "follow up"). */
interface PriorMention {
  /** The words naming it apart from any article noun: "first", "follow up". */
  key: string;
  phrase: string;
  sentence: string;
  paragraph: number;
}

const mentionsByIndex = new WeakMap<QaIndex, readonly PriorMention[]>();
const articleTermsByIndex = new WeakMap<QaIndex, ReadonlySet<string>>();
const countingTermsByIndex = new WeakMap<QaIndex, ReadonlySet<string>>();

/** The terms of the words that ask the count itself ("before", "earlier", "write", "run"), not its topic, once per index. */
function countingTerms(index: QaIndex): ReadonlySet<string> {
  let found = countingTermsByIndex.get(index);
  if (!found) {
    const { language } = index;
    found = new Set([
      ...language.publishingTerms,
      ...termsOfList(language, [
        ...language.words.priorArticles.markers,
        ...language.priorArticleAdjectives,
        ...language.publishingWords.map((words) => words.join(' ')),
      ]),
    ]);
    countingTermsByIndex.set(index, found);
  }
  return found;
}

/** The terms of the facts the article itself gives, apart from the related-story teasers, once per index. */
function articleTerms(index: QaIndex): ReadonlySet<string> {
  let found = articleTermsByIndex.get(index);
  if (!found) {
    const related = new Set(index.story.paragraphs.filter((p) => p.part === 'related').map((p) => p.id));
    found = new Set(
      index.facts
        .filter((f) => f.sources.length > 0 && f.sources.every((s) => !related.has(s.paragraph)))
        .flatMap((f) => [...f.terms]),
    );
    articleTermsByIndex.set(index, found);
  }
  return found;
}

/**
 * The publication's earlier articles the article mentions, one per way it names them: a prior-article
 * adjective before an article noun ("our *first story*"), or a noun for a later piece ("its *follow
 * up*"). The related-story teasers are other stories, not earlier ones.
 */
function priorMentions(index: QaIndex): readonly PriorMention[] {
  const found = mentionsByIndex.get(index);
  if (found) return found;
  const { language } = index;
  const adjectives = [...language.priorArticleAdjectives].map((phrase) => phrase.split(' '));
  const nouns = language.words.priorArticles.nouns.map((phrase) => phrase.split(' '));
  const mentions: PriorMention[] = [];
  for (const paragraph of index.story.paragraphs) {
    if (paragraph.part === 'related') continue;
    for (const sentence of sentencesOf(paragraph.text)) {
      const words = spelledWords(language, sentence);
      words.forEach((_, at) => {
        const noun = nouns.find((n) => standsAt(words, at, n));
        const adjective = noun ? undefined : adjectives.find((a) => standsAt(words, at, a));
        const named =
          noun ?? (adjective && language.articleNouns.has(words[at + adjective.length] ?? '') ? adjective : undefined);
        const key = named?.join(' ');
        if (key === undefined || mentions.some((m) => m.key === key)) return;
        mentions.push({
          key,
          phrase: noun ? key : `${key} ${words[at + (adjective?.length ?? 0)]}`,
          sentence,
          paragraph: paragraph.id,
        });
      });
    }
  }
  mentionsByIndex.set(index, mentions);
  return mentions;
}

/**
 * "how many stories had the Reg already run on this before this one": a count of articles asked
 * with a word placing them before this one is the earlier articles of its own the story mentions,
 * counted, with the sentences naming them. Null for any other question, and where the story
 * mentions none.
 */
export function answerPriorArticleCount(
  index: QaIndex,
  text: string,
  question: { wants: string | null; terms: readonly string[]; counted: string | null; subject: string | null },
): Answer | null {
  if (question.wants !== 'count' || question.counted === null || question.terms.includes(intentTerm('related'))) return null;
  // "how many posts did AWS publish before": another's articles, not the publication's.
  if (question.subject !== null && question.subject !== index.publication) return null;
  const { language } = index;
  const words = spelledWords(language, text);
  const { markers, countedNouns } = language.words.priorArticles;
  // What is counted is articles ("how many *earlier pieces*"), not what earlier posts said ("how many instance types … per AWS's earlier posts").
  const articleWords = words.filter((w) => language.articleNouns.has(w) || countedNouns.includes(w));
  const counted =
    articleWords.some((w) => stemOfWord(language, w) === question.counted) ||
    (language.priorArticleAdjectives.has(question.counted) && articleWords.length > 0);
  const placed = markers.some((marker) => words.some((_, at) => standsAt(words, at, marker.split(' '))));
  if (!counted || !placed) return null;
  // "how many stories did the Reg run on Tesla (or CAPSTONE) before": the earlier articles are on this story's topic only.
  if (question.terms.some((t) => !t.startsWith('i:') && !countingTerms(index).has(t) && !articleTerms(index).has(t))) return null;
  const mentions = priorMentions(index);
  if (mentions.length === 0) return null;
  const sentences = [...new Map(mentions.map((m) => [m.sentence, m])).values()];
  const answer = [
    language.words.priorArticles.counted
      .replace('{count}', () => String(mentions.length))
      .replace('{publication}', () => index.story.meta.publication)
      .replace('{list}', () => listed.format(mentions.map((m) => m.phrase))),
    ...sentences.map((m) => `> ${m.sentence}`),
  ].join('\n');
  const sources: AnswerSource[] = [...new Set(mentions.map((m) => m.paragraph))].map((paragraph) => ({
    paragraph,
    speaker: null,
  }));
  return { answered: true, answer, sources, suggestions: [] };
}

const listed = new Intl.ListFormat('en', { type: 'conjunction' });
