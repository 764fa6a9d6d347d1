import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  ButtonStyle,
  ComponentType,
} from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import { networkNames } from '../social/networks.js';
import type { ShareOption, ShareProblem } from '../social/share.js';
import type { Story } from '../story/load.js';
import type { SocialTemplate } from '../story/schema.js';
import { actorName } from './attribution.js';
import { type Reader, say } from './reader.js';
import { accentColour } from './theme.js';

/** The social-media template exactly as published, in a code block that copies cleanly. */
export function renderTemplateCopyBlock(template: SocialTemplate): string {
  return `\`\`\`\n${template.text.replaceAll('```', '`\u200b``')}\n\`\`\``;
}

function networkLabel(option: ShareOption, mastodonInstance: string): string {
  return option.network === 'mastodon' ? `Mastodon (${mastodonInstance})` : networkNames[option.network];
}

function describeProblem(reader: Reader, problem: ShareProblem): string {
  return problem.kind === 'no-link'
    ? say(reader, 'fit.no-link')
    : say(reader, 'fit.url-too-long', { length: problem.length, limit: problem.limit });
}

/** One line per network: does the post fit, and by how much it does not. */
export function renderFitLines(reader: Reader, options: readonly ShareOption[], mastodonInstance: string): string {
  return options
    .map((option) => {
      const name = networkLabel(option, mastodonInstance);
      const { measure } = option;
      const fit = !measure.counts
        ? say(reader, 'fit.link-only')
        : say(reader, measure.fits ? 'fit.fits' : 'fit.too-long', {
            used: measure.used,
            limit: measure.limit,
            unit: say(reader, measure.unit === 'graphemes' ? 'unit.graphemes' : 'unit.characters'),
            over: measure.over,
          });
      if (option.problem) {
        const noButton = say(reader, 'fit.no-button', { problem: describeProblem(reader, option.problem) });
        return `⚠️ **${name}** ${measure.counts ? `${fit}; ` : ''}${noButton}`;
      }
      return `${measure.counts && !measure.fits ? '❌' : '✅'} **${name}** ${fit}`;
    })
    .join('\n');
}

export function renderSocialEmbed(
  reader: Reader,
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
        name: say(reader, 'field.published-by'),
        value: clip(`${actorName(story, template.publishedBy)} (¶${template.paragraph})`, discordLimits.fieldValue),
      },
      ...(template.hashtags.length + template.mentions.length > 0
        ? [{ name: say(reader, 'field.tags'), value: [...template.hashtags, ...template.mentions].join(' ') }]
        : []),
      ...(shares.length > 0
        ? [
            {
              name: say(reader, 'field.fits-on'),
              value: clip(renderFitLines(reader, shares, mastodonInstance), discordLimits.fieldValue),
            },
          ]
        : []),
    ],
    footer: { text: say(reader, 'footer.social') },
  };
}

/** Link buttons that open each network's compose window with the post filled in. */
export function renderShareButtons(
  reader: Reader,
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
            label: clip(
              say(reader, 'button.post', { network: networkLabel(option, mastodonInstance) }),
              discordLimits.buttonLabel,
            ),
            url: option.url,
          },
        ],
  );
  return buttons.length === 0
    ? []
    : [{ type: ComponentType.ActionRow, components: buttons.slice(0, discordLimits.componentsPerRow) }];
}
