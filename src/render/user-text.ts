import { escapeMarkdown } from '@discordjs/formatters';
import { clip } from '../core/limits.js';

// Control, zero-width and bidi-override characters can hide or reorder echoed text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const invisible = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** User text made safe to echo inside a message: no hidden characters, no markdown, at most `max` long. */
export function echoUserText(text: string, max: number): string {
  const visible = text.replace(loneSurrogate, '\ufffd').replace(invisible, '').replace(/\s+/g, ' ').trim();
  return escapeMarkdown(clip(visible, max));
}

/** True when the text shows nothing: only whitespace and invisible characters. */
export function isBlankUserText(text: string): boolean {
  return text.replace(invisible, '').trim() === '';
}
