import type { APIEmbed } from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import { withYears } from '../story/dates.js';
import type { Story } from '../story/load.js';
import { actorName } from './attribution.js';
import { type Reader, say } from './reader.js';
import { accentColour } from './theme.js';

/** The title above the timeline picture. */
export function renderTimelineImageEmbed(reader: Reader): APIEmbed {
  return { title: say(reader, 'title.timeline'), color: accentColour };
}

/**
 * The story's events in order, each with when (with the year, as the picture shows it) and who acted.
 * The events are the story's own words, so they stay as written.
 */
export function renderTimelineEmbed(story: Story): APIEmbed {
  return {
    color: accentColour,
    fields: story.timeline.slice(0, discordLimits.embedFields).map((event, i) => ({
      name: clip(`${i + 1}. ${withYears(event.when, story.meta.article)} — ${event.title}`, discordLimits.fieldName),
      value: clip(
        `${event.text}\n*${event.actors.map((id) => actorName(story, id)).join(', ')} · ¶${event.paragraphs.join(', ¶')}*`,
        discordLimits.fieldValue,
      ),
    })),
    footer: { text: story.meta.publication },
  };
}
