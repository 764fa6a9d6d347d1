import type { APIEmbed } from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import type { Story } from '../story/load.js';
import { type Reader, say } from './reader.js';
import { accentColour } from './theme.js';

/** Who is who in the story: name, title, organisation and part played. */
export function renderPeopleEmbed(reader: Reader, story: Story): APIEmbed {
  const mainStory = story.people.filter((person) =>
    person.paragraphs.some((p) => story.paragraphById.get(p)?.part !== 'related'),
  );
  return {
    title: say(reader, 'title.people'),
    // A footer shows no mentions, so the way to /quote goes where a tap opens it.
    description: say(reader, 'hint.quote', { command: reader.mention('quote') }),
    color: accentColour,
    fields: mainStory.slice(0, discordLimits.embedFields).map((person) => {
      const organisation = story.organisationById.get(person.organisation)?.name ?? person.organisation;
      return {
        name: clip(`${person.name} (${organisation})`, discordLimits.fieldName),
        value: clip(`${person.title ? `*${person.title}*\n` : ''}${person.role}`, discordLimits.fieldValue),
      };
    }),
  };
}
