import { SlashCommandBuilder } from '@discordjs/builders';
import { MessageFlags } from 'discord-api-types/v10';
import type { ButtonResult, Command } from '../src/core/command.js';
import { UserError } from '../src/core/errors.js';
import type { ReplyMessage } from '../src/core/interaction.js';
import { answerQuestion } from '../src/qa/engine.js';
import { renderAnswerEmbed } from '../src/render/answer.js';
import { renderPeopleEmbed } from '../src/render/people.js';
import { mainStoryQuotes, renderQuoteEmbed } from '../src/render/quotes.js';
import { renderRelatedEmbed } from '../src/render/related.js';
import { isSection, renderSectionButtons, type Section, sectionLabels, sections } from '../src/render/sections.js';
import { renderSocialEmbed, renderTemplateCopyBlock } from '../src/render/social.js';
import { renderSummaryEmbed } from '../src/render/summary.js';
import { renderTimelineEmbed } from '../src/render/timeline.js';
import { renderUpdateEmbed } from '../src/render/update.js';
import { getStory } from '../src/story/load.js';

export interface XenNewsOptions {
  question?: string;
  section?: Section;
}

const name = 'xen-news';

function renderSection(section: Section): ReplyMessage {
  const story = getStory();
  switch (section) {
    case 'summary':
      return { embeds: [renderSummaryEmbed(story)] };
    case 'timeline':
      return { embeds: [renderTimelineEmbed(story)] };
    case 'people':
      return { embeds: [renderPeopleEmbed(story)] };
    case 'quotes':
      return { embeds: [renderQuoteEmbed(story, 'Who said what', mainStoryQuotes(story))] };
    case 'update':
      return { embeds: [renderUpdateEmbed(story)] };
    case 'social': {
      const template = story.templates.find((t) => t.default) ?? story.templates[0];
      if (!template) throw new Error('data has no social template');
      return { content: renderTemplateCopyBlock(template), embeds: [renderSocialEmbed(story, template)] };
    }
    case 'related':
      return { embeds: [renderRelatedEmbed(story)] };
  }
}

export const xenNews = {
  data: new SlashCommandBuilder()
    .setName(name)
    .setDescription("The Register's story on Xen after AWS goes KVM: summary, sections, or ask a question")
    .addStringOption((option) =>
      option.setName('question').setDescription('Ask anything about the story, e.g. who is Michael Warrilow?').setMaxLength(200),
    )
    .addStringOption((option) =>
      option
        .setName('section')
        .setDescription('Open one part of the story')
        .addChoices(...sections.map((section) => ({ name: sectionLabels[section], value: section }))),
    ),

  execute({ options }) {
    if (options.question !== undefined && options.section !== undefined) {
      throw new UserError('Use either `question` or `section`, not both.');
    }
    if (options.question !== undefined) {
      if (options.question.trim() === '')
        throw new UserError('Your question is empty. Try `/xen-news question: who is Michael Warrilow?`');
      const story = getStory();
      return { embeds: [renderAnswerEmbed(story, options.question, answerQuestion(story, options.question))] };
    }
    const section = options.section ?? 'summary';
    return { ...renderSection(section), components: renderSectionButtons(name, section, 'open') };
  },

  // A free-text question runs the answering engine; reading a section is cheap and never limited.
  usesCooldown: (options) => options.question !== undefined,

  press({ args }): ButtonResult {
    const [mode, section] = args;
    if ((mode !== 'open' && mode !== 'show') || section === undefined || !isSection(section)) {
      throw new UserError('That button is from an older version of me. Run `/xen-news` again.');
    }
    const message = { ...renderSection(section), components: renderSectionButtons(name, section, 'show') };
    return mode === 'open'
      ? { mode: 'new', message: { ...message, flags: MessageFlags.Ephemeral } }
      : { mode: 'update', message };
  },
} satisfies Command<XenNewsOptions>;
