import type { APIEmbed } from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import type { Story } from '../story/load.js';
import { actorName } from './attribution.js';
import { type Reader, say, sayDay } from './reader.js';
import { accentColour } from './theme.js';

/**
 * The story at a glance: headline (linking to the article), standfirst, the key points with who
 * makes them, and the update, dated with the year it ran so a 2017 story never reads as today's.
 */
export function renderSummaryEmbed(reader: Reader, story: Story): APIEmbed {
  const { article, publication } = story.meta;
  const points = story.claims
    .filter((claim) => claim.keyPoint)
    .slice(0, 6)
    .map((claim) => `• ${claim.text} — *${claim.by.map((id) => actorName(story, id)).join(', ')}*`);
  const ask = say(reader, 'hint.ask', { command: reader.mention('xen-news') });
  return {
    title: clip(story.meta.headline, discordLimits.embedTitle),
    url: article.url,
    description: clip(`**${story.meta.standfirst}**\n\n${points.join('\n')}\n\n${ask}`, discordLimits.embedDescription),
    color: accentColour,
    fields: [
      {
        name: clip(say(reader, 'field.update', { date: sayDay(reader, article.updated) }), discordLimits.fieldName),
        value: clip(story.meta.update.note, discordLimits.fieldValue),
      },
    ],
    footer: {
      text: clip(
        say(reader, 'footer.summary', { publication, date: sayDay(reader, article.published) }),
        discordLimits.footerText,
      ),
    },
    timestamp: new Date(`${article.published}T00:00:00Z`).toISOString(),
  };
}
