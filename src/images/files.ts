import { buildOnceEach } from '../core/build-once.js';
import type { ReplyFile } from '../core/interaction.js';
import { clip } from '../core/limits.js';
import type { Story } from '../story/load.js';
import { renderStoryCard, storyCardContent } from './story-card.js';
import { renderTimelineImage, timelineContent } from './timeline-image.js';

/** Discord's limit on an attachment's description (its alt text). */
const altTextLimit = 1024;

export const storyCardName = 'story-card.png';
export const timelineImageName = 'timeline.png';

function storyCardAltText(story: Story): string {
  const content = storyCardContent(story);
  return clip(
    `Story card. ${content.headline}. ${content.standfirst}. Quote: ${content.quote} ${content.attribution}. ${content.footer}.`,
    altTextLimit,
  );
}

function timelineAltText(story: Story): string {
  const { entries } = timelineContent(story);
  return clip(
    `Timeline of the story, ${entries.length} events: ${entries.map((e, i) => `${i + 1}. ${e.when}: ${e.title} (${e.actors})`).join('; ')}.`,
    altTextLimit,
  );
}

// The data is static: each image is rendered once, on first use or by warmImages at start-up, and
// every reply after that reuses the same bytes.
const once = buildOnceEach<ReplyFile>();

/** The story card as an attachment, with its alt text. */
export function storyCardFile(story: Story): Promise<ReplyFile> {
  return once(storyCardName, async () => ({
    name: storyCardName,
    contentType: 'image/png',
    description: storyCardAltText(story),
    data: (await renderStoryCard(storyCardContent(story))).png,
  }));
}

/** The timeline image as an attachment, with its alt text. */
export function timelineImageFile(story: Story): Promise<ReplyFile> {
  return once(timelineImageName, async () => ({
    name: timelineImageName,
    contentType: 'image/png',
    description: timelineAltText(story),
    data: (await renderTimelineImage(timelineContent(story))).png,
  }));
}

/** Renders both images now, so the first reply that needs one does not wait for it. */
export async function warmImages(story: Story): Promise<void> {
  await Promise.all([storyCardFile(story), timelineImageFile(story)]);
}
