import { type APIEmbed, type APIInteractionResponse, InteractionResponseType } from 'discord-api-types/v10';
import type { ReplyFile } from '../../core/interaction.js';
import { isEphemeral, type MessageData, messageOf } from '../../core/message-data.js';

export interface TerminalButton {
  label: string;
  customId?: string;
  url?: string;
}

const bold = (text: string, colour: boolean) => (colour ? `\x1b[1m${text}\x1b[22m` : text);
const dim = (text: string, colour: boolean) => (colour ? `\x1b[2m${text}\x1b[22m` : text);

/** Discord markdown made readable as plain text. */
function plain(text: string): string {
  return text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2');
}

function renderEmbed(embed: APIEmbed, colour: boolean): string[] {
  const lines: string[] = [];
  if (embed.title) lines.push(bold(embed.title, colour));
  if (embed.description) lines.push(plain(embed.description));
  for (const field of embed.fields ?? []) lines.push('', bold(field.name, colour), plain(field.value));
  if (embed.image?.url) lines.push(dim(`[image: ${embed.image.url}]`, colour));
  if (embed.footer?.text) lines.push('', dim(embed.footer.text, colour));
  return lines;
}

/** The buttons of a message, numbered in the order the console lists them. */
export function listButtons(message: Pick<MessageData, 'components'>): TerminalButton[] {
  const buttons: TerminalButton[] = [];
  for (const row of message.components ?? []) {
    if (!('components' in row)) continue;
    for (const component of row.components) {
      if (!('label' in component) || component.label === undefined) continue;
      buttons.push({
        label: component.label,
        ...('custom_id' in component && component.custom_id ? { customId: component.custom_id } : {}),
        ...('url' in component && component.url ? { url: component.url } : {}),
      });
    }
  }
  return buttons;
}

/** What the bot sent as readable terminal text: embeds as headed blocks, buttons as a numbered list. */
export function renderForTerminal(body: APIInteractionResponse, files: readonly ReplyFile[], colour: boolean): string {
  if (body.type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
    return (body.data.choices ?? []).map((choice) => `  ${choice.name}  (${choice.value})`).join('\n') || '  (no matches)';
  }
  const message = messageOf(body) ?? {};
  const lines: string[] = [];
  if (isEphemeral(message)) lines.push(dim('(only you can see this)', colour));
  if (message.content) lines.push(message.content);
  for (const embed of message.embeds ?? []) {
    if (lines.length > 0) lines.push('');
    lines.push(...renderEmbed(embed, colour));
  }
  for (const file of files) lines.push(dim(`[attached ${file.name}: ${file.description}]`, colour));
  const buttons = listButtons(message);
  if (buttons.length > 0) {
    lines.push('');
    buttons.forEach((button, i) =>
      lines.push(`  [${i + 1}] ${button.label}${button.url ? dim(` → ${button.url}`, colour) : ''}`),
    );
    if (buttons.some((b) => b.customId)) lines.push(dim('  Type a number to press a button.', colour));
  }
  return lines.join('\n');
}
