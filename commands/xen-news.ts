import { SlashCommandBuilder } from '@discordjs/builders';
import { MessageFlags } from 'discord-api-types/v10';
import { buildOnceEach } from '../src/core/build-once.js';
import { type ButtonResult, type Command, definedOnFirstUse } from '../src/core/command.js';
import { UserError } from '../src/core/errors.js';
import type { ReplyMessage } from '../src/core/interaction.js';
import { clip, discordLimits } from '../src/core/limits.js';
import { mastodonInstanceSchema } from '../src/core/mastodon-instance.js';
import { commandReach } from '../src/core/reach.js';
import type { BotSettings } from '../src/core/settings.js';
import { shareReply } from '../src/core/shared-reply.js';
import { describedAs } from '../src/i18n/describe.js';
import { labelLocaleOf, translatedLocales } from '../src/i18n/strings.js';
import { storyCardImage as storyCardFile, timelineImage as timelineImageFile } from '../src/images/story-images.js';
import { answerQuestion } from '../src/qa/engine.js';
import { suggestQuestionsAsYouType } from '../src/qa/suggest.js';
import { renderAnswerEmbed } from '../src/render/answer.js';
import { withAttachedImage } from '../src/render/attachment.js';
import { renderPeopleEmbed } from '../src/render/people.js';
import { mainStoryQuotes, renderQuoteEmbed } from '../src/render/quotes.js';
import { type Reader, say } from '../src/render/reader.js';
import { renderRelatedEmbed } from '../src/render/related.js';
import { buttonReplyOf, isSection, renderSectionButtons, type Section, sectionLabel, sections } from '../src/render/sections.js';
import { renderShareButtons, renderSocialEmbed, renderTemplateCopyBlock } from '../src/render/social.js';
import { renderSummaryEmbed } from '../src/render/summary.js';
import { renderTimelineEmbed, renderTimelineImageEmbed } from '../src/render/timeline.js';
import { renderUpdateEmbed } from '../src/render/update.js';
import { isBlankUserText } from '../src/render/user-text.js';
import { networkNames, type SocialNetwork, socialNetworks } from '../src/social/networks.js';
import { planShares } from '../src/social/share.js';
import type { Story } from '../src/story/load.js';

export interface XenNewsOptions {
  question?: string;
  section?: Section;
  network?: SocialNetwork;
  instance?: string;
  variant?: string;
}

/** How `section:social` shares: which networks, which Mastodon instance, which template. */
interface ShareChoice {
  networks: readonly SocialNetwork[];
  mastodonInstance: string;
  /** True when the user named the Mastodon server (`instance:`), rather than the bot's setting. */
  userInstance: boolean;
  variant: string | undefined;
}

const name = 'xen-news';

async function renderSocial(reader: Reader, story: Story, choice: ShareChoice): Promise<ReplyMessage> {
  const card = await storyCardFile(story);
  const template =
    story.templates.find((t) => t.id === choice.variant) ?? story.templates.find((t) => t.default) ?? story.templates[0];
  if (!template) throw new Error('data has no social template');
  const shares = planShares({ text: template.text, link: template.link }, choice.networks, choice.mastodonInstance);
  return {
    content: renderTemplateCopyBlock(template),
    embeds: [withAttachedImage(renderSocialEmbed(reader, story, template, shares, choice.mastodonInstance), card)],
    components: renderShareButtons(reader, shares, choice.mastodonInstance),
    files: [card],
  };
}

type StorySection = Exclude<Section, 'social'>;

async function renderStorySection(reader: Reader, story: Story, section: StorySection): Promise<ReplyMessage> {
  switch (section) {
    case 'summary': {
      const card = await storyCardFile(story);
      return { embeds: [withAttachedImage(renderSummaryEmbed(reader, story), card)], files: [card] };
    }
    case 'timeline': {
      // The picture first, in an embed of its own, then the same events as text.
      const image = await timelineImageFile(story);
      return {
        embeds: [withAttachedImage(renderTimelineImageEmbed(reader), image), renderTimelineEmbed(story)],
        files: [image],
      };
    }
    case 'people':
      return { embeds: [renderPeopleEmbed(reader, story)] };
    case 'quotes':
      return { embeds: [renderQuoteEmbed(reader, story, say(reader, 'title.quotes'), mainStoryQuotes(story))] };
    case 'update':
      return { embeds: [renderUpdateEmbed(reader, story)] };
    case 'related':
      return { embeds: [renderRelatedEmbed(reader, story)] };
  }
}

/**
 * How a section is shown: answering the command (public), or a button's reply, a new private
 * `message` or an `update` in place. Button custom_ids name the two `open` and `show`.
 */
type SectionView = 'command' | 'message' | 'update';

// Every section but social depends on the story and the reader's language alone: each view of it is
// built once per story and language and shared by everyone who opens it. Questions are answered afresh.
const sectionRepliesByStory = new WeakMap<Story, ReturnType<typeof buildOnceEach<ReplyMessage>>>();

function sectionReplies(story: Story) {
  let replies = sectionRepliesByStory.get(story);
  if (!replies) {
    replies = buildOnceEach<ReplyMessage>();
    sectionRepliesByStory.set(story, replies);
  }
  return replies;
}

function sectionView(reader: Reader, story: Story, message: ReplyMessage, section: Section, view: SectionView): ReplyMessage {
  const buttons = renderSectionButtons(reader, story, name, section, view === 'command' ? 'message' : 'update');
  const withButtons = { ...message, components: [...(message.components ?? []), ...buttons] };
  return view === 'message' ? { ...withButtons, flags: MessageFlags.Ephemeral } : withButtons;
}

async function renderSection(
  reader: Reader,
  story: Story,
  section: Section,
  view: SectionView,
  share: ShareChoice,
): Promise<ReplyMessage> {
  // Commands are mentioned by id once the bot knows them, so a reply built before that is not reused after.
  const key = `${section}:${view}:${labelLocaleOf(reader.locale)}:${reader.mention(name)}:${reader.mention('quote')}`;
  if (section === 'social') {
    const render = async () => sectionView(reader, story, await renderSocial(reader, story, share), section, view);
    // A server the user named is theirs alone; the bot's own choices are few, so their replies are shared.
    if (share.userInstance) return render();
    return sectionReplies(story)(
      `${key}:${share.networks.join(',')}:${share.variant ?? ''}:${share.mastodonInstance}`,
      async () => shareReply(await render()),
    );
  }
  return sectionReplies(story)(key, async () =>
    shareReply(sectionView(reader, story, await renderStorySection(reader, story, section), section, view)),
  );
}

function shareChoice(options: XenNewsOptions, settings: BotSettings): ShareChoice {
  let mastodonInstance = settings.mastodonInstance;
  if (options.instance !== undefined) {
    const parsed = mastodonInstanceSchema.safeParse(options.instance);
    if (!parsed.success) throw new UserError('error.instance');
    mastodonInstance = parsed.data;
  }
  return {
    networks: options.network ? [options.network] : socialNetworks,
    mastodonInstance,
    userInstance: options.instance !== undefined,
    variant: options.variant,
  };
}

/** /xen-news; its definition offers the share templates of `story`, the one it will be deployed with. */
export const createXenNews = (story: Story) =>
  ({
    // Built when first asked for: the section choices carry the story's date in every language.
    data: definedOnFirstUse(name, () =>
      describedAs(new SlashCommandBuilder().setName(name), 'command.xen-news.description')
        .setIntegrationTypes(...commandReach.integrationTypes)
        .setContexts(...commandReach.contexts)
        .addStringOption((option) =>
          describedAs(option.setName('question'), 'command.xen-news.question').setMaxLength(200).setAutocomplete(true),
        )
        .addStringOption((option) =>
          describedAs(option.setName('section'), 'command.xen-news.section').addChoices(
            ...sections.map((section) => ({
              name: sectionLabel(story, section, undefined),
              name_localizations: Object.fromEntries(
                translatedLocales.map((locale) => [locale, sectionLabel(story, section, locale)]),
              ),
              value: section,
            })),
          ),
        )
        .addStringOption((option) =>
          describedAs(option.setName('network'), 'command.xen-news.network')
            // Brand names: the same in every language.
            .addChoices(...socialNetworks.map((network) => ({ name: networkNames[network], value: network }))),
        )
        .addStringOption((option) => describedAs(option.setName('instance'), 'command.xen-news.instance').setMaxLength(253))
        .addStringOption((option) =>
          describedAs(option.setName('variant'), 'command.xen-news.variant')
            // The templates' names come with the story data, in the story's language.
            .addChoices(...story.templates.map((t) => ({ name: clip(t.label, discordLimits.choiceName), value: t.id }))),
        ),
    ),

    // The context is the reader (its locale and mention): copying them out would cost an object per call.
    async execute(reader) {
      const { options, settings, story } = reader;
      if (options.question !== undefined && options.section !== undefined) throw new UserError('error.question-and-section');
      const sharing = options.network !== undefined || options.instance !== undefined || options.variant !== undefined;
      if (sharing && options.section !== 'social')
        throw new UserError('error.share-options', { example: `${reader.mention(name)} section:social network:mastodon` });
      if (options.question !== undefined) {
        if (isBlankUserText(options.question))
          throw new UserError('error.empty-question', {
            example: `${reader.mention(name)} question: who is Michael Warrilow?`,
          });
        return { embeds: [renderAnswerEmbed(reader, story, options.question, answerQuestion(story, options.question))] };
      }
      return renderSection(reader, story, options.section ?? 'summary', 'command', shareChoice(options, settings));
    },

    // While a question is typed: questions the story answers well, best match first. Free text stays allowed.
    autocomplete({ focused, options, story }) {
      if (focused !== 'question') return [];
      const typed = typeof options.question === 'string' ? options.question : '';
      return suggestQuestionsAsYouType(story, typed).map((question) => ({ name: question, value: question }));
    },

    // A free-text question runs the answering engine; reading a section is cheap and never limited.
    usesCooldown: (options) => options.question !== undefined && !isBlankUserText(options.question),
    // An answer is the story's words for the question in the reader's language; sections are shared replies already.
    replyDependsOnOptionsOnly: (options) => options.question !== undefined,

    async press({ args, settings, story, ...reader }): Promise<ButtonResult> {
      const [action, section] = args;
      const type = buttonReplyOf(action);
      if (type === undefined || section === undefined || !isSection(section))
        throw new UserError('error.old-button', { command: reader.mention(name) });
      return { type, message: await renderSection(reader, story, section, type, shareChoice({}, settings)) };
    },
  }) satisfies Command<XenNewsOptions>;
