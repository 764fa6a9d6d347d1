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
 * Buttons that open the other sections. `open` buttons sit on a public reply and answer with a
 * private (ephemeral) message, so one reader's click does not change the channel for everyone;
 * `show` buttons sit on such a private reply and switch it in place.
 */
export function renderSectionButtons(
  commandName: string,
  current: Section,
  mode: 'open' | 'show',
): APIActionRowComponent<APIButtonComponent>[] {
  const buttons: APIButtonComponent[] = sections
    .filter((section) => section !== current)
    .map((section) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: sectionLabels[section],
      custom_id: encodeCustomId(commandName, mode, section),
    }));
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < buttons.length; i += 5) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(i, i + 5) });
  }
  return rows;
}
