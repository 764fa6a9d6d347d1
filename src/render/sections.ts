import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import { encodeCustomId } from '../core/custom-id.js';

/** The story's sections, in the order the bot offers them. */
export const sections = ['summary', 'timeline', 'people', 'quotes', 'update', 'social', 'related'] as const;
export type Section = (typeof sections)[number];

export const sectionLabels: Record<Section, string> = {
  summary: 'Summary',
  timeline: 'Timeline',
  people: 'People',
  quotes: 'Quotes',
  update: 'Nov 24 update',
  social: 'Share template',
  related: 'Related stories',
};

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
 * Buttons that open the other sections. On a public reply they answer with a private (ephemeral)
 * `message`, so one reader's click does not change the channel for everyone; on such a private
 * reply they `update` it in place.
 */
export function renderSectionButtons(
  commandName: string,
  current: Section,
  reply: 'message' | 'update',
): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = sections
    .filter((section) => section !== current)
    .map((section) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: sectionLabels[section],
      custom_id: encodeCustomId(commandName, buttonActions[reply], section),
    }));
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length; i += 5) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + 5) });
  }
  return rows;
}
