import type { APIEmbed } from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import type { Story } from '../story/load.js';
import { type Reader, say } from './reader.js';
import { teaserLabel } from './teasers.js';
import { accentColour } from './theme.js';

/** The teasers the page showed beside the story, each labelled as what it is: another story, not about this one. */
export function renderRelatedEmbed(reader: Reader, story: Story): APIEmbed {
  return {
    title: clip(say(reader, 'section.related'), discordLimits.embedTitle),
    color: accentColour,
    fields: story.related.slice(0, discordLimits.embedFields).map((related) => ({
      name: clip(`${related.title}`, discordLimits.fieldName),
      value: clip(
        `-# ${teaserLabel(reader, story, related)}\n*${related.standfirst}*\n${related.facts.map((fact) => `• ${fact}`).join('\n')}`,
        discordLimits.fieldValue,
      ),
    })),
    footer: { text: clip(say(reader, 'footer.related', { publication: story.meta.publication }), discordLimits.footerText) },
  };
}
