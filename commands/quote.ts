import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/core/command.js';
import { UserError } from '../src/core/errors.js';
import { clip } from '../src/core/limits.js';
import { renderQuoteEmbed } from '../src/render/quotes.js';
import { echoUserText, isBlankUserText } from '../src/render/user-text.js';
import { listQuoteSources, resolveQuoteSource, suggestQuoteSources } from '../src/story/sources.js';

export interface QuoteOptions {
  source: string;
}

export const quote = {
  data: new SlashCommandBuilder()
    .setName('quote')
    .setDescription('What someone in the story said, verbatim and attributed')
    .addStringOption((option) =>
      option
        .setName('source')
        .setDescription('A person or organisation, e.g. gartner, warrilow, citrix, linux foundation, aws')
        .setRequired(true)
        .setMaxLength(100)
        .setAutocomplete(true),
    ),

  execute({ options, story }) {
    const source = resolveQuoteSource(story, options.source);
    if (!source) {
      const known = listQuoteSources(story)
        .map((s) => s.label)
        .join(', ');
      if (isBlankUserText(options.source))
        throw new UserError(clip(`Name whose words you want, e.g. \`/quote gartner\`. Sources: ${known}.`, 1900));
      throw new UserError(clip(`I have no quotes from "${echoUserText(options.source, 60)}". Try one of: ${known}.`, 1900));
    }
    return { embeds: [renderQuoteEmbed(story, `What ${source.name} said`, source.quotes)] };
  },

  autocomplete({ options, story }) {
    const typed = typeof options.source === 'string' ? options.source : '';
    return suggestQuoteSources(story, typed)
      .slice(0, 25)
      .map((source) => ({ name: clip(source.label, 100), value: source.id }));
  },
} satisfies Command<QuoteOptions>;
