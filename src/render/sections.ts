import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { encodeCustomId } from '../core/custom-id.js';
import { clip, discordLimits } from '../core/limits.js';
import { type LabelKey, label } from '../i18n/strings.js';
import type { Story } from '../story/load.js';
import { labelDay, type Reader, say } from './reader.js';

/** The story's sections, in the order the bot offers them. */
export const sections = ['summary', 'timeline', 'people', 'quotes', 'update', 'social', 'related'] as const;
export type Section = (typeof sections)[number];

const sectionLabelKeys: Record<Section, LabelKey> = {
  summary: 'section.summary',
  timeline: 'section.timeline',
  people: 'section.people',
  quotes: 'section.quotes',
  update: 'section.update',
  social: 'section.social',
  related: 'section.related',
};

/** A section's name on its button and in the command's choices ("Nov 24, 2017 update"), in a locale. */
export function sectionLabel(story: Story, section: Section, locale: string | undefined): string {
  return label(locale, sectionLabelKeys[section], { date: labelDay(locale, story.meta.article.updated) });
}

export function isSection(value: string): value is Section {
  return (sections as readonly string[]).includes(value);
}

/**
 * What a section button's custom_id says its press answers with: `open` a new private `message`,
 * `show` an `update` in place. The words stay as they are on the wire, since buttons already
 * posted carry them.
 */
export function buttonReplyOf(action: string | undefined): 'message' | 'update' | undefined {
  return action === 'open' ? 'message' : action === 'show' ? 'update' : undefined;
}
const buttonActions = { message: 'open', update: 'show' } as const;

/**
 * Buttons that open the other sections, and a link to the article. On a public reply they answer
 * with a private (ephemeral) `message`, so one reader's click does not change the channel for
 * everyone; on such a private reply they `update` it in place.
 */
export function renderSectionButtons(
  reader: Reader,
  story: Story,
  commandName: string,
  current: Section,
  reply: 'message' | 'update',
): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = sections
    .filter((section) => section !== current)
    .map((section) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: clip(sectionLabel(story, section, reader.locale), discordLimits.buttonLabel),
      custom_id: encodeCustomId(commandName, buttonActions[reply], section),
    }));
  buttons.push({
    type: ComponentType.Button,
    style: ButtonStyle.Link,
    label: clip(say(reader, 'button.read', { publication: story.meta.publication }), discordLimits.buttonLabel),
    url: story.meta.article.url,
  });
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length; i += 5) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + 5) });
  }
  return rows;
}
