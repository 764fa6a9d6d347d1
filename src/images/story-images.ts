import type { ReplyFile } from '../core/interaction.js';
import type { Story } from '../story/load.js';
import { prebuiltImage, storyCardName, timelineImageName } from './prebuilt.js';

// The build's ready-made images when they were drawn from this story's data; else the renderer, which
// loads fonts and a font parser (tens of milliseconds), with the first picture rather than at start-up.

/** The story card a reply attaches, with its alt text. */
export async function storyCardImage(story: Story): Promise<ReplyFile> {
  return prebuiltImage(story, storyCardName) ?? (await import('./files.js')).storyCardFile(story);
}

/** The timeline picture a reply attaches, with its alt text. */
export async function timelineImage(story: Story): Promise<ReplyFile> {
  return prebuiltImage(story, timelineImageName) ?? (await import('./files.js')).timelineImageFile(story);
}

/** Every picture a reply about this story can attach (for a transport that serves them by URL). */
export function storyImages(story: Story): Promise<ReplyFile[]> {
  return Promise.all([storyCardImage(story), timelineImage(story)]);
}
