import type { APIEmbed } from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import type { Story } from '../story/load.js';
import { type Reader, say, sayDay } from './reader.js';
import { accentColour } from './theme.js';

/** The story's update: AWS's statement to TechTarget and the contradiction with its earlier posts. */
export function renderUpdateEmbed(reader: Reader, story: Story): APIEmbed {
  const text = story.meta.update.paragraphs
    .map((id) => story.paragraphById.get(id))
    .filter((p) => p !== undefined)
    .map((p) => `${p.text} *(¶${p.id})*`)
    .join('\n\n');
  return {
    title: clip(say(reader, 'title.update', { date: sayDay(reader, story.meta.article.updated) }), discordLimits.embedTitle),
    url: story.meta.article.url,
    description: clip(`**${story.meta.update.note}**\n\n${text}`, discordLimits.embedDescription),
    color: accentColour,
    footer: { text: story.meta.publication },
    timestamp: new Date(`${story.meta.article.updated}T00:00:00Z`).toISOString(),
  };
}
