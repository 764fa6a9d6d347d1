import { fileURLToPath } from 'node:url';
import { renderStoryCard, storyCardContent } from '../../src/images/story-card.js';
import { renderTimelineImage, timelineContent } from '../../src/images/timeline-image.js';
import { getStory } from '../../src/story/load.js';

/** The images compared against goldens, by golden file name; `npm run goldens:update` rewrites them. */
export const goldenImages: Record<string, () => Promise<Uint8Array>> = {
  'story-card.png': async () => (await renderStoryCard(storyCardContent(getStory()))).png,
  'timeline.png': async () => (await renderTimelineImage(timelineContent(getStory()))).png,
};

export const goldenDir = fileURLToPath(new URL('../__goldens__/', import.meta.url));
