import type { ReplyMessage } from './interaction.js';

/** Discord's message limits (https://discord.com/developers/docs/resources/message). */
export const discordLimits = {
  content: 2000,
  embeds: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  embedsTotal: 6000,
  actionRows: 5,
  componentsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  linkUrl: 512,
  choices: 25,
  choiceName: 100,
} as const;

/** Cuts text to at most `max` characters (by code point, never splitting a surrogate pair), marking the cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = Array.from(text);
  let out = '';
  for (const char of chars) {
    if (out.length + char.length > max - 1) break;
    out += char;
  }
  return `${out}…`;
}

interface EmbedLike {
  title?: string;
  description?: string;
  fields?: { name: string; value: string }[];
  footer?: { text: string };
  author?: { name: string };
}

interface ComponentLike {
  type: number;
  custom_id?: string;
  label?: string;
  url?: string;
  components?: ComponentLike[];
}

/** Every way a message breaks Discord's limits; empty when Discord would accept it. */
export function findLimitViolations(message: ReplyMessage): string[] {
  const problems: string[] = [];
  const over = (what: string, length: number, max: number) => {
    if (length > max) problems.push(`${what} is ${length} > ${max}`);
  };
  over('content', message.content?.length ?? 0, discordLimits.content);
  const embeds = (message.embeds ?? []) as EmbedLike[];
  over('embeds', embeds.length, discordLimits.embeds);
  let total = 0;
  embeds.forEach((embed, i) => {
    const title = embed.title?.length ?? 0;
    const description = embed.description?.length ?? 0;
    over(`embeds[${i}].title`, title, discordLimits.embedTitle);
    over(`embeds[${i}].description`, description, discordLimits.embedDescription);
    over(`embeds[${i}].fields`, embed.fields?.length ?? 0, discordLimits.embedFields);
    over(`embeds[${i}].footer`, embed.footer?.text.length ?? 0, discordLimits.footerText);
    over(`embeds[${i}].author`, embed.author?.name.length ?? 0, discordLimits.authorName);
    total += title + description + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
    (embed.fields ?? []).forEach((field, j) => {
      over(`embeds[${i}].fields[${j}].name`, field.name.length, discordLimits.fieldName);
      over(`embeds[${i}].fields[${j}].value`, field.value.length, discordLimits.fieldValue);
      if (field.name.trim() === '' || field.value.trim() === '') problems.push(`embeds[${i}].fields[${j}] is empty`);
      total += field.name.length + field.value.length;
    });
  });
  over('embeds in total', total, discordLimits.embedsTotal);
  const rows = (message.components ?? []) as ComponentLike[];
  over('action rows', rows.length, discordLimits.actionRows);
  const ids = new Set<string>();
  rows.forEach((row, i) => {
    const buttons = row.components ?? [];
    over(`row ${i} buttons`, buttons.length, discordLimits.componentsPerRow);
    for (const button of buttons) {
      over(`button label "${button.label}"`, button.label?.length ?? 0, discordLimits.buttonLabel);
      if (button.custom_id !== undefined) {
        over(`custom_id ${button.custom_id}`, button.custom_id.length, discordLimits.customId);
        if (ids.has(button.custom_id)) problems.push(`custom_id ${button.custom_id} is not unique`);
        ids.add(button.custom_id);
      }
      if (button.url !== undefined) {
        over(`url of "${button.label}"`, button.url.length, discordLimits.linkUrl);
        if (!/^https?:\/\//.test(button.url)) problems.push(`url of "${button.label}" is not http(s)`);
      }
    }
  });
  if (!message.content && embeds.length === 0 && (message.files?.length ?? 0) === 0) problems.push('message is empty');
  const parse = message.allowed_mentions?.parse;
  if (!parse || parse.length > 0) problems.push('allowed_mentions must parse nothing');
  return problems;
}
