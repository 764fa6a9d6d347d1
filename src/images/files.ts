import { buildOnceEach } from '../core/build-once.js';
import type { ReplyFile } from '../core/interaction.js';
import { clip } from '../core/limits.js';
import type { Story } from '../story/load.js';
import { renderStoryCard, storyCardContent } from './story-card.js';
import { layoutTimeline, renderTimelineImage, timelineContent } from './timeline-image.js';

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

/** Says what the image shows: the events drawn, and how many are left to the text below it. */
function timelineAltText(story: Story): string {
  const content = timelineContent(story);
  const { hidden } = layoutTimeline(content);
  const shown = content.entries.slice(0, content.entries.length - hidden);
  const more = hidden > 0 ? `; and ${hidden} more in the list below` : '';
  return clip(
    `Timeline of the story, ${content.entries.length} events: ${shown.map((e, i) => `${i + 1}. ${e.when}: ${e.title}`).join('; ')}${more}.`,
    altTextLimit,
  );
}

// The data is static: each image of a story is rendered once, on first use or by warmImages at
// start-up, and every reply after that reuses the same bytes. Keyed by the story itself, so
// another story (a reload, a test's own data) never gets this one's pictures.
const renderedByStory = new WeakMap<Story, ReturnType<typeof buildOnceEach<ReplyFile>>>();

function once(story: Story): ReturnType<typeof buildOnceEach<ReplyFile>> {
  let rendered = renderedByStory.get(story);
  if (!rendered) {
    rendered = buildOnceEach<ReplyFile>();
    renderedByStory.set(story, rendered);
  }
  return rendered;
}

/** The story card as an attachment, with its alt text. */
export function storyCardFile(story: Story): Promise<ReplyFile> {
  return once(story)(storyCardName, async () => ({
    name: storyCardName,
    contentType: 'image/png',
    description: storyCardAltText(story),
    data: (await renderStoryCard(storyCardContent(story))).png,
  }));
}

/** The timeline image as an attachment, with its alt text. */
export function timelineImageFile(story: Story): Promise<ReplyFile> {
  return once(story)(timelineImageName, async () => ({
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
