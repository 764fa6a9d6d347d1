import type { APIEmbed } from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import type { Story } from '../story/load.js';
import { actorName } from './attribution.js';
import { accentColour } from './theme.js';

/** The story's events in order, each with its date where the story gives one and who acted. */
export function renderTimelineEmbed(story: Story): APIEmbed {
  return {
    color: accentColour,
    fields: story.timeline.slice(0, discordLimits.embedFields).map((event, i) => ({
      name: clip(`${i + 1}. ${event.when} — ${event.title}`, discordLimits.fieldName),
      value: clip(
        `${event.text}\n*${event.actors.map((id) => actorName(story, id)).join(', ')} · ¶${event.paragraphs.join(', ¶')}*`,
        discordLimits.fieldValue,
      ),
    })),
    footer: { text: story.meta.publication },
  };
}
