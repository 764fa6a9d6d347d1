import type { BuildOptions } from 'esbuild';

/**
 * How `npm run build` bundles the bot's code with esbuild: shared with `npm run bench -- qa`, which
 * times the question engine as this bundling ships it (`npm start` runs the bundle, not the sources).
 */
export const bundleOptions = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: [
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
  ],
  // Bundled CommonJS packages call require() for Node's own modules.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
  },
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
} satisfies BuildOptions;
