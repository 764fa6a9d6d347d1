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
import { engineCode, writeQaIndex } from './qa-index.js';

const root = fileURLToPath(new URL('../', import.meta.url));

const external = [
  // Native addons and packages that read files next to their own code.
  'sodium-native',
  '@resvg/resvg-js',
  '@napi-rs/image',
  'satori',
  'opentype.js',
  '@fontsource/inter',
  // discord.js's optional speed-ups, loaded only when installed.
  'zlib-sync',
  'bufferutil',
  'utf-8-validate',
  'erlpack',
  // Loaded on first use only (OPS_PORT, REDIS_URL, a social post's measure).
  'prom-client',
  'ioredis',
  'twitter-text',
];

rmSync(new URL('dist/', `file://${root}`), { recursive: true, force: true });
// The question engine's code, named in the bundle: the index stored below is used by the code that built it.
const engine = await engineCode();
await build({
  absWorkingDir: root,
  entryPoints: ['src/main.ts', 'src/transports/http/verify-worker.ts'],
  outdir: 'dist',
  outbase: '.',
  entryNames: '[dir]/[name]',
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  // Bundled CommonJS packages call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
  define: { QA_ENGINE_DIGEST: JSON.stringify(engine.digest) },
  // Every module's source stays in the heap for as long as the process runs (V8 compiles functions
  // lazily from it), and one non-ASCII character in a comment makes the whole file two bytes a
  // character: without comments and indentation, the sources at ready take about 6 MB less.
  // Names are kept, so stack traces still name each function.
  minifyWhitespace: true,
  // Bundled licences go to *.LEGAL.txt files beside each output: one non-ASCII name in a licence
  // comment (undici's "Wärting") made its 590 KB chunk a two-byte string in the heap.
  legalComments: 'external',
  // discord.js require()s these; imported as ES modules they would resolve to their other build, and
  // the gateway would load both copies (the validators of each built at start).
  alias: {
    '@discordjs/builders': './node_modules/@discordjs/builders/dist/index.js',
    '@discordjs/formatters': './node_modules/@discordjs/formatters/dist/index.js',
  },
  logLevel: 'warning',
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
