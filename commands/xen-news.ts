import { SlashCommandBuilder } from '@discordjs/builders';
import { MessageFlags } from 'discord-api-types/v10';
import { buildOnceEach } from '../src/core/build-once.js';
import type { ButtonResult, Command } from '../src/core/command.js';
import { UserError } from '../src/core/errors.js';
import type { ReplyFile, ReplyMessage } from '../src/core/interaction.js';
import { clip, discordLimits } from '../src/core/limits.js';
import { mastodonInstanceSchema } from '../src/core/mastodon-instance.js';
import type { BotSettings } from '../src/core/settings.js';
import { shareReply } from '../src/core/shared-reply.js';
import { prebuiltImage, storyCardName, timelineImageName } from '../src/images/prebuilt.js';
import { answerQuestion } from '../src/qa/engine.js';
import { renderAnswerEmbed } from '../src/render/answer.js';
import { withAttachedImage } from '../src/render/attachment.js';
import { renderPeopleEmbed } from '../src/render/people.js';
import { mainStoryQuotes, renderQuoteEmbed } from '../src/render/quotes.js';
import { renderRelatedEmbed } from '../src/render/related.js';
import { buttonReplyOf, isSection, renderSectionButtons, type Section, sectionLabels, sections } from '../src/render/sections.js';
import { renderShareButtons, renderSocialEmbed, renderTemplateCopyBlock } from '../src/render/social.js';
import { renderSummaryEmbed } from '../src/render/summary.js';
import { accentColour } from '../src/render/theme.js';
import { renderTimelineEmbed } from '../src/render/timeline.js';
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
  variant: string | undefined;
}

const name = 'xen-news';

// The build's ready-made images when they were drawn from this story's data; else the renderer, which
// loads fonts and a font parser (tens of milliseconds), with the first picture rather than at start-up.
async function storyCardFile(story: Story): Promise<ReplyFile> {
  return prebuiltImage(story, storyCardName) ?? (await import('../src/images/files.js')).storyCardFile(story);
}

async function timelineImageFile(story: Story): Promise<ReplyFile> {
  return prebuiltImage(story, timelineImageName) ?? (await import('../src/images/files.js')).timelineImageFile(story);
}

async function renderSocial(story: Story, choice: ShareChoice): Promise<ReplyMessage> {
  const card = await storyCardFile(story);
  const template =
    story.templates.find((t) => t.id === choice.variant) ?? story.templates.find((t) => t.default) ?? story.templates[0];
  if (!template) throw new Error('data has no social template');
  const shares = planShares({ text: template.text, link: template.link }, choice.networks, choice.mastodonInstance);
  return {
    content: renderTemplateCopyBlock(template),
    embeds: [withAttachedImage(renderSocialEmbed(story, template, shares, choice.mastodonInstance), card)],
    components: renderShareButtons(shares, choice.mastodonInstance),
    files: [card],
  };
}

type StorySection = Exclude<Section, 'social'>;

async function renderStorySection(story: Story, section: StorySection): Promise<ReplyMessage> {
  switch (section) {
    case 'summary': {
      const card = await storyCardFile(story);
      return { embeds: [withAttachedImage(renderSummaryEmbed(story), card)], files: [card] };
    }
    case 'timeline': {
      // The picture first, in an embed of its own, then the same events as text.
      const image = await timelineImageFile(story);
      return {
        embeds: [withAttachedImage({ title: 'Timeline', color: accentColour }, image), renderTimelineEmbed(story)],
        files: [image],
      };
    }
    case 'people':
      return { embeds: [renderPeopleEmbed(story)] };
    case 'quotes':
      return { embeds: [renderQuoteEmbed(story, 'Who said what', mainStoryQuotes(story))] };
    case 'update':
      return { embeds: [renderUpdateEmbed(story)] };
    case 'related':
      return { embeds: [renderRelatedEmbed(story)] };
  }
}

/**
 * How a section is shown: answering the command (public), or a button's reply, a new private
 * `message` or an `update` in place. Button custom_ids name the two `open` and `show`.
 */
type SectionView = 'command' | 'message' | 'update';

// Every section but social depends on the story alone, which is fixed while the bot runs: each view
// of it is built once per story and shared by everyone who opens it. Questions are answered afresh.
const sectionRepliesByStory = new WeakMap<Story, ReturnType<typeof buildOnceEach<ReplyMessage>>>();

function sectionReplies(story: Story) {
  let replies = sectionRepliesByStory.get(story);
  if (!replies) {
    replies = buildOnceEach<ReplyMessage>();
    sectionRepliesByStory.set(story, replies);
  }
  return replies;
}

function sectionView(message: ReplyMessage, section: Section, view: SectionView): ReplyMessage {
  const buttons = renderSectionButtons(name, section, view === 'command' ? 'message' : 'update');
  const withButtons = { ...message, components: [...(message.components ?? []), ...buttons] };
  return view === 'message' ? { ...withButtons, flags: MessageFlags.Ephemeral } : withButtons;
}

async function renderSection(story: Story, section: Section, view: SectionView, share: ShareChoice): Promise<ReplyMessage> {
  if (section === 'social') return sectionView(await renderSocial(story, share), section, view);
  return sectionReplies(story)(`${section}:${view}`, async () =>
    shareReply(sectionView(await renderStorySection(story, section), section, view)),
  );
}

function shareChoice(options: XenNewsOptions, settings: BotSettings): ShareChoice {
  let mastodonInstance = settings.mastodonInstance;
  if (options.instance !== undefined) {
    const parsed = mastodonInstanceSchema.safeParse(options.instance);
    if (!parsed.success)
      throw new UserError("`instance` must be a Mastodon server's host name, such as `mastodon.social` or `fosstodon.org`.");
    mastodonInstance = parsed.data;
  }
  return { networks: options.network ? [options.network] : socialNetworks, mastodonInstance, variant: options.variant };
}

/** /xen-news; its definition offers the share templates of `story`, the one it will be deployed with. */
export const createXenNews = (story: Story) =>
  ({
    data: new SlashCommandBuilder()
      .setName(name)
      .setDescription("The Register's story on Xen after AWS goes KVM: summary, sections, or ask a question")
      .addStringOption((option) =>
        option
          .setName('question')
          .setDescription('Ask anything about the story, e.g. who is Michael Warrilow?')
          .setMaxLength(200),
      )
      .addStringOption((option) =>
        option
          .setName('section')
          .setDescription('Open one part of the story')
          .addChoices(...sections.map((section) => ({ name: sectionLabels[section], value: section }))),
      )
      .addStringOption((option) =>
        option
          .setName('network')
          .setDescription('With section:social, share to one network only')
          .addChoices(...socialNetworks.map((network) => ({ name: networkNames[network], value: network }))),
      )
      .addStringOption((option) =>
        option
          .setName('instance')
          .setDescription('With section:social, your Mastodon instance, e.g. fosstodon.org')
          .setMaxLength(253),
      )
      .addStringOption((option) =>
        option
          .setName('variant')
          .setDescription('With section:social, which post to share')
          .addChoices(...story.templates.map((t) => ({ name: clip(t.label, discordLimits.choiceName), value: t.id }))),
      ),

    async execute({ options, settings, story }) {
      if (options.question !== undefined && options.section !== undefined) {
        throw new UserError('Use either `question` or `section`, not both.');
      }
      const sharing = [options.network, options.instance, options.variant].some((value) => value !== undefined);
      if (sharing && options.section !== 'social') {
        throw new UserError(
          '`network`, `instance` and `variant` go with `section:social`, e.g. `/xen-news section:social network:mastodon`.',
        );
      }
      if (options.question !== undefined) {
        if (isBlankUserText(options.question))
          throw new UserError('Your question is empty. Try `/xen-news question: who is Michael Warrilow?`');
        return { embeds: [renderAnswerEmbed(story, options.question, answerQuestion(story, options.question))] };
      }
      return renderSection(story, options.section ?? 'summary', 'command', shareChoice(options, settings));
    },

    // A free-text question runs the answering engine; reading a section is cheap and never limited.
    usesCooldown: (options) => options.question !== undefined && !isBlankUserText(options.question),

    async press({ args, settings, story }): Promise<ButtonResult> {
      const [action, section] = args;
      const type = buttonReplyOf(action);
      if (type === undefined || section === undefined || !isSection(section)) {
        throw new UserError('That button is from an older version of me. Run `/xen-news` again.');
      }
      return { type, message: await renderSection(story, section, type, shareChoice({}, settings)) };
    },
  }) satisfies Command<XenNewsOptions>;
