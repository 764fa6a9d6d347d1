import type { APIEmbed } from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import { labelLocaleOf } from '../i18n/strings.js';
import { type Answer, withoutLastParagraph } from '../qa/answer.js';
import type { Story } from '../story/load.js';
import { type Reader, say } from './reader.js';
import { onlyTeaserOf, teaserLabel } from './teasers.js';
import { accentColour } from './theme.js';
import { echoUserText } from './user-text.js';

/** The colour of a reply that declines: Discord's blurple, apart from the story's red. */
const declineColour = 0x5865f2;

function describeSources(sources: Answer['sources']): string {
  const seen = new Set<string>();
  return sources
    .map((source) => (source.speaker ? `${source.speaker}, ¶${source.paragraph}` : `¶${source.paragraph}`))
    .filter((line) => !seen.has(line) && seen.add(line))
    .join(' · ');
}

/** "The story doesn't say anything about ibm.", in the reader's language, for the first three names. */
function saysNothingAbout(reader: Reader, names: readonly string[]): string {
  return say(reader, 'answer.unknown-names', { names: names.slice(0, 3).join(', ') });
}

/** Why the engine declined, in the reader's language; the engine's own (English) words where it said more. */
function explainDecline(reader: Reader, answer: Answer): string {
  const reason = answer.declined;
  if (labelLocaleOf(reader.locale) === 'en-US') return answer.answer;
  if (reason?.kind === 'unknown-names') return saysNothingAbout(reader, reason.names);
  if (reason?.kind === 'empty') return `${say(reader, 'answer.not-in-story')} ${say(reader, 'answer.empty-question')}`;
  if (reason?.kind === 'no-match') return say(reader, 'answer.not-in-story');
  return answer.answer;
}

/**
 * An answer to some of a message's questions, its last paragraph (what the story does not answer)
 * in the reader's language.
 */
function answeredInReadersLanguage(reader: Reader, answer: Answer): string {
  const reason = answer.unanswered;
  if (reason === undefined || labelLocaleOf(reader.locale) === 'en-US') return answer.answer;
  const answered = withoutLastParagraph(answer.answer);
  const rest = reason.kind === 'unknown-names' ? saysNothingAbout(reader, reason.names) : say(reader, 'answer.rest-not-in-story');
  return `${answered}\n\n${rest}`;
}

/**
 * An answer with its source; for a partial answer, what the story lacks and what it does say, with
 * that source; for an abstention, what the story can answer instead. The bot's labels follow the
 * reader's language; the answers are the story's words.
 */
export function renderAnswerEmbed(reader: Reader, story: Story, question: string, answer: Answer): APIEmbed {
  const asked = echoUserText(question, 200) || '(empty question)';
  const footer = { text: clip(`${story.meta.publication}: ${story.meta.headline}`, discordLimits.footerText) };
  const sourceField = (sources: Answer['sources']) => {
    const described = describeSources(sources);
    return described ? [{ name: say(reader, 'field.source'), value: clip(described, discordLimits.fieldValue) }] : [];
  };
  if (!answer.answered && answer.partial) {
    return {
      title: say(reader, 'title.partial'),
      description: clip(`> ${asked}\n\n${answer.partial.answer}`, discordLimits.embedDescription),
      color: declineColour,
      fields: sourceField(answer.partial.sources),
      footer,
    };
  }
  if (!answer.answered) {
    const suggestions = answer.suggestions.map((s) => `• ${s}`).join('\n');
    return {
      title: say(reader, 'title.not-in-story'),
      description: clip(`> ${asked}\n\n${explainDecline(reader, answer)}`, discordLimits.embedDescription),
      color: declineColour,
      fields: suggestions ? [{ name: say(reader, 'field.suggestions'), value: clip(suggestions, discordLimits.fieldValue) }] : [],
      footer,
    };
  }
  // An answer drawn only from the teasers says so: they are other stories, not this one.
  const teaser = onlyTeaserOf(
    story,
    answer.sources.map((source) => source.paragraph),
  );
  const from = teaser ? `\n\n-# ${teaserLabel(reader, story, teaser)}` : '';
  return {
    title: say(reader, 'title.answer'),
    description: clip(`> ${asked}\n\n${answeredInReadersLanguage(reader, answer)}${from}`, discordLimits.embedDescription),
    color: accentColour,
    fields: sourceField(answer.sources),
    footer,
  };
}
