import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReplyFile } from '../core/interaction.js';
import { projectRoot, runsSources } from '../project-root.js';
import { defaultDataDir } from '../story/load.js';
import { dataFiles } from '../story/schema.js';

/** What the build writes beside the rendered images: which story data they were drawn from. */
interface Manifest {
  dataKey: string;
  files: { name: string; contentType: string; description: string; file: string }[];
}

export const prebuiltDir = join(projectRoot, 'dist', 'images');
/** The names replies attach the images under (as src/images/files.ts names them; a build test checks). */
export const storyCardName = 'story-card.png';
export const timelineImageName = 'timeline.png';

/** A digest of the story data files the images are drawn from (data/, or XEN_NEWS_DATA_DIR). */
export function storyDataKey(dir: string = process.env.XEN_NEWS_DATA_DIR || defaultDataDir): string {
  const hash = createHash('sha256');
  for (const file of Object.keys(dataFiles).sort())
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(dir, file)));
  return hash.digest('hex');
}

let loaded: Map<string, ReplyFile> | undefined;

function load(): Map<string, ReplyFile> {
  const images = new Map<string, ReplyFile>();
  // Only the build carries them, drawn by the same code: the sources render their own.
  if (runsSources) return images;
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(join(prebuiltDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return images;
  }
  if (manifest.dataKey !== storyDataKey()) return images;
  for (const { name, contentType, description, file } of manifest.files)
    images.set(name, { name, contentType, description, data: readFileSync(join(prebuiltDir, file)) });
  return images;
}

/**
 * The image the build rendered under this name (`story-card.png`), when the story data are still
 * those it was drawn from; undefined otherwise (then it is rendered at run time).
 */
export function prebuiltImage(name: string): ReplyFile | undefined {
  loaded ??= load();
  return loaded.get(name);
}

/** Whether every image a reply can attach comes ready-made from the build. */
export function imagesArePrebuilt(names: readonly string[]): boolean {
  return names.every((name) => prebuiltImage(name) !== undefined);
}
