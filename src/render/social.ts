import type { APIEmbed } from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import type { Story } from '../story/load.js';
import type { SocialTemplate } from '../story/schema.js';
import { actorName } from './attribution.js';
import { accentColour } from './theme.js';

/** The social-media template exactly as published, in a code block that copies cleanly. */
export function renderTemplateCopyBlock(template: SocialTemplate): string {
  return `\`\`\`\n${template.text.replaceAll('```', '`\u200b``')}\n\`\`\``;
}

export function renderSocialEmbed(story: Story, template: SocialTemplate): APIEmbed {
  return {
    title: clip(template.label, discordLimits.embedTitle),
    description: clip(template.text, discordLimits.embedDescription),
    color: accentColour,
    fields: [
      {
        name: 'Published by',
        value: clip(`${actorName(story, template.publishedBy)} (¶${template.paragraph})`, discordLimits.fieldValue),
      },
      ...(template.hashtags.length + template.mentions.length > 0
        ? [{ name: 'Tags', value: [...template.hashtags, ...template.mentions].join(' ') }]
        : []),
    ],
    footer: { text: 'Copy the block above and post it as it is.' },
  };
}
