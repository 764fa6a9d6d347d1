/**
 * `npm run build` (and `npm ci`, through `prepare`): bundles the bot into dist/ with esbuild, so
 * `npm start` runs plain JavaScript with no TypeScript compiler at start-up. One bundle resolves and
 * loads far faster than hundreds of separate modules (discord.js alone is ~300). Type-checking stays
 * with `npm run typecheck`; tests run the sources.
 *
 * It also draws the story card and timeline image into dist/images/ (see below).
 *
 * Entry points are the files started by path: the bot (`src/main.ts`, also each shard process) and the
 * signature worker; code split off behind a dynamic import (a transport, the image renderer) stays
 * out of start-up until it is used. Packages that load native addons or files beside their own code,
 * and those only loaded on first use, stay in node_modules.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { storyCardFile, timelineImageFile } from '../src/images/files.js';
import { prebuiltDir } from '../src/images/prebuilt.js';
import { getStory } from '../src/story/load.js';
import { bundleOptions } from './bundle-options.js';
import { engineCode, writeQaIndex } from './qa-index.js';

const root = fileURLToPath(new URL('../', import.meta.url));

rmSync(new URL('dist/', `file://${root}`), { recursive: true, force: true });
// The question engine's code, named in the bundle: the index stored below is used by the code that built it.
const engine = await engineCode();
await build({
  ...bundleOptions,
  absWorkingDir: root,
  entryPoints: ['src/main.ts', 'src/transports/http/verify-worker.ts'],
  outdir: 'dist',
  outbase: '.',
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  define: { QA_ENGINE_DIGEST: JSON.stringify(engine.digest) },
});

// The images depend on the story data alone: drawn here, once, instead of at every start (about 0.6 s
// of CPU and 100 MB of memory). The bot uses them while the data are the ones they were drawn from.
const story = getStory();
const images = await Promise.all([storyCardFile(story), timelineImageFile(story)]);
mkdirSync(prebuiltDir, { recursive: true });
for (const image of images) writeFileSync(join(prebuiltDir, image.name), image.data);
writeFileSync(
  join(prebuiltDir, 'manifest.json'),
  JSON.stringify({
    dataKey: story.dataDigest,
    files: images.map(({ name, contentType, description }) => ({ name, contentType, description, file: name })),
  }),
);

// The question index likewise (about 0.1 s of a start): dist/qa-index.bin, used while the story data,
// the language files and the engine are those it was built from (src/qa/prebuilt.ts).
writeQaIndex(story, engine);
