import type { APIEmbed } from 'discord-api-types/v10';
import { clip, discordLimits } from '../core/limits.js';
import type { Story } from '../story/load.js';
import type { Quote } from '../story/schema.js';
import { attributeQuote, blockQuote } from './attribution.js';
import type { Reader } from './reader.js';
import { teaserLabel, teaserOf } from './teasers.js';
import { accentColour } from './theme.js';

/**
 * Quotes verbatim, each followed by its attribution, under a title naming whose quotes they are.
 * Quotes from a teaser say so, so they are never read as part of the story.
 */
export function renderQuoteEmbed(reader: Reader, story: Story, title: string, quotes: readonly Quote[]): APIEmbed {
  const fields = quotes.slice(0, discordLimits.embedFields).map((quote, i) => {
    const teaser = teaserOf(story, quote.paragraph);
    const from = teaser ? `\n-# ${teaserLabel(reader, story, teaser)}: “${teaser.title}”` : '';
    return {
      name: clip(`${i + 1}. ${quote.context}`, discordLimits.fieldName),
      value: clip(`${blockQuote(quote.text)}\n${attributeQuote(story, quote)}${from}`, discordLimits.fieldValue),
    };
  });
  return {
    title: clip(title, discordLimits.embedTitle),
    color: accentColour,
    fields,
    footer: { text: clip(`${story.meta.publication}: ${story.meta.headline}`, discordLimits.footerText) },
  };
}

/** Quotes from the main story (not the related teasers), in story order. */
export function mainStoryQuotes(story: Story): Quote[] {
  return story.quotes.filter((quote) => story.paragraphById.get(quote.paragraph)?.part !== 'related');
}
