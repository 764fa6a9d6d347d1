import { SlashCommandBuilder } from '@discordjs/builders';
import type { Command } from '../src/core/command.js';
import { UserError } from '../src/core/errors.js';
import { clip, discordLimits } from '../src/core/limits.js';
import { commandReach } from '../src/core/reach.js';
import { describedAs } from '../src/i18n/describe.js';
import { renderQuoteEmbed } from '../src/render/quotes.js';
import { say } from '../src/render/reader.js';
import { onlyTeaserOf, teaserLabel } from '../src/render/teasers.js';
import { echoUserText, isBlankUserText } from '../src/render/user-text.js';
import { listQuoteSources, resolveQuoteSource, suggestQuoteSources } from '../src/story/sources.js';

export interface QuoteOptions {
  source: string;
}

export const quote = {
  data: describedAs(new SlashCommandBuilder().setName('quote'), 'command.quote.description')
    .setIntegrationTypes(...commandReach.integrationTypes)
    .setContexts(...commandReach.contexts)
    .addStringOption((option) =>
      describedAs(option.setName('source'), 'command.quote.source').setRequired(true).setMaxLength(100).setAutocomplete(true),
    ),

  execute({ options, story, ...reader }) {
    const source = resolveQuoteSource(story, options.source);
    if (!source) {
      const known = clip(
        listQuoteSources(story)
          .map((s) => s.label)
          .join(', '),
        1500,
      );
      const example = `${reader.mention('quote')} source:gartner`;
      if (isBlankUserText(options.source)) throw new UserError('error.no-source', { example, known });
      throw new UserError('error.unknown-source', { typed: echoUserText(options.source, 60), known });
    }
    const title = say(reader, 'title.quotes-of', { name: source.name });
    return { embeds: [renderQuoteEmbed(reader, story, title, source.quotes)] };
  },

  autocomplete({ options, story, ...reader }) {
    const typed = typeof options.source === 'string' ? options.source : '';
    return suggestQuoteSources(story, typed)
      .slice(0, 25)
      .map((source) => {
        // A teaser's speaker is offered as what they are: someone from another story.
        const teaser = onlyTeaserOf(
          story,
          source.quotes.map((q) => q.paragraph),
        );
        const name = teaser ? `${source.label} · ${teaserLabel(reader, story, teaser)}` : source.label;
        return { name: clip(name, discordLimits.choiceName), value: source.id };
      });
  },
} satisfies Command<QuoteOptions>;
