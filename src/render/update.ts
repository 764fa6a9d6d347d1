import type { APIEmbed } from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import type { Story } from '../story/load.js';
import { accentColour } from './theme.js';

/** The November 24 update: AWS's statement to TechTarget and the contradiction with its earlier posts. */
export function renderUpdateEmbed(story: Story): APIEmbed {
  const text = story.meta.update.paragraphs
    .map((id) => story.paragraphById.get(id))
    .filter((p) => p !== undefined)
    .map((p) => `${p.text} *(¶${p.id})*`)
    .join('\n\n');
  return {
    title: clip(`Update, ${story.meta.update.date}`, discordLimits.embedTitle),
    description: clip(`**${story.meta.update.note}**\n\n${text}`, discordLimits.embedDescription),
    color: accentColour,
    footer: { text: story.meta.publication },
  };
}
