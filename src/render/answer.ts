import type { APIEmbed } from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import type { Answer } from '../qa/answer.js';
import type { Story } from '../story/load.js';
import { accentColour } from './theme.js';
import { echoUserText } from './user-text.js';

function describeSources(sources: Answer['sources']): string {
  const seen = new Set<string>();
  return sources
    .map((source) => (source.speaker ? `${source.speaker}, ¶${source.paragraph}` : `¶${source.paragraph}`))
    .filter((line) => !seen.has(line) && seen.add(line))
    .join(' · ');
}

/**
 * An answer with its source; for a partial answer, what the story lacks and what it does say, with
 * that source; for an abstention, what the story can answer instead.
 */
export function renderAnswerEmbed(story: Story, question: string, answer: Answer): APIEmbed {
  const asked = echoUserText(question, 200) || '(empty question)';
  if (!answer.answered && answer.partial) {
    const sources = describeSources(answer.partial.sources);
    return {
      title: 'Only partly in the story',
      description: clip(`> ${asked}\n\n${answer.partial.answer}`, discordLimits.embedDescription),
      color: 0x5865f2,
      fields: sources ? [{ name: 'Source', value: clip(sources, discordLimits.fieldValue) }] : [],
      footer: { text: clip(`${story.meta.publication}: ${story.meta.headline}`, discordLimits.footerText) },
    };
  }
  if (!answer.answered) {
    const suggestions = answer.suggestions.map((s) => `• ${s}`).join('\n');
    return {
      title: 'Not in the story',
      description: clip(`> ${asked}\n\n${answer.answer}`, discordLimits.embedDescription),
      color: 0x5865f2,
      fields: suggestions ? [{ name: 'Questions I can answer', value: clip(suggestions, discordLimits.fieldValue) }] : [],
      footer: { text: clip(`${story.meta.publication}: ${story.meta.headline}`, discordLimits.footerText) },
    };
  }
  const sources = describeSources(answer.sources);
  return {
    title: 'Answer',
    description: clip(`> ${asked}\n\n${answer.answer}`, discordLimits.embedDescription),
    color: accentColour,
    fields: sources ? [{ name: 'Source', value: clip(sources, discordLimits.fieldValue) }] : [],
    footer: { text: clip(`${story.meta.publication}: ${story.meta.headline}`, discordLimits.footerText) },
  };
}
