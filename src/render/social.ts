import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import { networkNames } from '../social/networks.js';
import type { ShareOption } from '../social/share.js';
import type { Story } from '../story/load.js';
import type { SocialTemplate } from '../story/schema.js';
import { actorName } from './attribution.js';
import { accentColour } from './theme.js';

/** The social-media template exactly as published, in a code block that copies cleanly. */
export function renderTemplateCopyBlock(template: SocialTemplate): string {
  return `\`\`\`\n${template.text.replaceAll('```', '`\u200b``')}\n\`\`\``;
}

function networkLabel(option: ShareOption, mastodonInstance: string): string {
  return option.network === 'mastodon' ? `Mastodon (${mastodonInstance})` : networkNames[option.network];
}

/** One line per network: does the post fit, and by how much it does not. */
export function renderFitLines(options: readonly ShareOption[], mastodonInstance: string): string {
  return options
    .map((option) => {
      const name = networkLabel(option, mastodonInstance);
      const { measure } = option;
      const fit = !measure.counts
        ? 'takes only the link; the preview comes from the linked page'
        : measure.fits
          ? `fits: ${measure.used}/${measure.limit} ${measure.unit}`
          : `too long: ${measure.used}/${measure.limit} ${measure.unit}, ${measure.over} over`;
      if (option.problem) return `⚠️ **${name}** ${measure.counts ? `${fit}; ` : ''}no button: ${option.problem}`;
      return `${measure.counts && !measure.fits ? '❌' : '✅'} **${name}** ${fit}`;
    })
    .join('\n');
}

export function renderSocialEmbed(
  story: Story,
  template: SocialTemplate,
  shares: readonly ShareOption[],
  mastodonInstance: string,
): APIEmbed {
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
      ...(shares.length > 0
        ? [{ name: 'Fits on', value: clip(renderFitLines(shares, mastodonInstance), discordLimits.fieldValue) }]
        : []),
    ],
    footer: { text: 'Copy the block above and post it as it is, or press a button to open a pre-filled post.' },
  };
}

/** Link buttons that open each network's compose window with the post filled in. */
export function renderShareButtons(
  shares: readonly ShareOption[],
  mastodonInstance: string,
): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = shares.flatMap((option) =>
    option.url === null
      ? []
      : [
          {
            type: ComponentType.Button,
            style: ButtonStyle.Link,
            label: clip(`Post on ${networkLabel(option, mastodonInstance)}`, discordLimits.buttonLabel),
            url: option.url,
          },
        ],
  );
  return buttons.length === 0
    ? []
    : [{ type: ComponentType.ActionRow, components: buttons.slice(0, discordLimits.componentsPerRow) }];
}
