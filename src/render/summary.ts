import type { APIEmbed } from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import type { Story } from '../story/load.js';
import { actorName } from './attribution.js';
import { accentColour } from './theme.js';

/** The story at a glance: headline, standfirst, the key points with who makes them, and the update. */
export function renderSummaryEmbed(story: Story): APIEmbed {
  const points = story.claims
    .filter((claim) => claim.keyPoint)
    .slice(0, 6)
    .map((claim) => `• ${claim.text} — *${claim.by.map((id) => actorName(story, id)).join(', ')}*`);
  return {
    title: clip(story.meta.headline, discordLimits.embedTitle),
    description: clip(`**${story.meta.standfirst}**\n\n${points.join('\n')}`, discordLimits.embedDescription),
    color: accentColour,
    fields: [
      {
        name: clip(`Update, ${story.meta.update.date}`, discordLimits.fieldName),
        value: clip(story.meta.update.note, discordLimits.fieldValue),
      },
    ],
    footer: { text: clip(`${story.meta.publication} · /xen-news question: to ask about it`, discordLimits.footerText) },
  };
}
