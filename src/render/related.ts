import type { APIEmbed } from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import type { Story } from '../story/load.js';
import { accentColour } from './theme.js';

/** The three "other stories you might like" teasers with their key facts. */
export function renderRelatedEmbed(story: Story): APIEmbed {
  return {
    title: 'Other stories you might like',
    color: accentColour,
    fields: story.related.slice(0, discordLimits.embedFields).map((related) => ({
      name: clip(related.title, discordLimits.fieldName),
      value: clip(`*${related.standfirst}*\n${related.facts.map((fact) => `• ${fact}`).join('\n')}`, discordLimits.fieldValue),
    })),
    footer: { text: `Teasers shown with ${story.meta.publication}'s story` },
  };
}
