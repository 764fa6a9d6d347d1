import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplyFile } from '../core/interaction.js';
import { projectRoot, runsSources } from '../project-root.js';
import type { Story } from '../story/load.js';

/** What the build writes beside the rendered images: which story data they were drawn from. */
interface Manifest {
  dataKey: string;
  files: { name: string; contentType: string; description: string; file: string }[];
}

export const prebuiltDir = join(projectRoot, 'dist', 'images');
/** The names replies attach the images under (as src/images/files.ts names them; a build test checks). */
export const storyCardName = 'story-card.png';
export const timelineImageName = 'timeline.png';

const loaded = new WeakMap<Story, Map<string, ReplyFile>>();

function readManifest(): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(join(prebuiltDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch (error) {
    // A build without images (or none at all) renders at run time; anything else is a broken build.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function load(story: Story): Map<string, ReplyFile> {
  const images = new Map<string, ReplyFile>();
  // Only the build carries them, drawn by the same code: the sources render their own.
  if (runsSources) return images;
  const manifest = readManifest();
  if (manifest?.dataKey !== story.dataDigest) return images;
  for (const { name, contentType, description, file } of manifest.files)
    images.set(name, { name, contentType, description, data: readFileSync(join(prebuiltDir, file)) });
  return images;
}

/**
 * The image the build rendered under this name (`story-card.png`), when the story's data are
 * those it was drawn from; undefined otherwise (then it is rendered at run time).
 */
export function prebuiltImage(story: Story, name: string): ReplyFile | undefined {
  let images = loaded.get(story);
  if (!images) {
    images = load(story);
    loaded.set(story, images);
  }
  return images.get(name);
}

/** Whether every image a reply can attach comes ready-made from the build. */
export function imagesArePrebuilt(story: Story, names: readonly string[]): boolean {
  return names.every((name) => prebuiltImage(story, name) !== undefined);
}
