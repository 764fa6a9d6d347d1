/**
 * The question index the build stores in dist/ (see src/qa/prebuilt.ts), written by `npm run build`
 * and, when stale, by `npm run bench -- qa`.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { buildIndex } from '../src/qa/build.js';
import { getLexicon } from '../src/qa/lexicon.js';
import { digestFiles, type EngineCode, prebuiltIndexFile, writePrebuiltIndex } from '../src/qa/prebuilt.js';
import type { Story } from '../src/story/load.js';

const root = fileURLToPath(new URL('../', import.meta.url));

/**
 * The code that builds an index: the project files src/qa/build.ts imports, directly or not, and the
 * package.json (name and version) of each package they import. Any change to how an index is made
 * changes one of these files (a new import is a change to an importing file).
 */
export async function engineCode(): Promise<EngineCode> {
  const { metafile } = await build({
    absWorkingDir: root,
    entryPoints: ['src/qa/build.ts'],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'warning',
  });
  const packages = Object.values(metafile.inputs)
    .flatMap((input) => input.imports.filter((i) => i.external && !i.path.startsWith('node:')).map((i) => i.path))
    .map((specifier) =>
      specifier
        .split('/')
        .slice(0, specifier.startsWith('@') ? 2 : 1)
        .join('/'),
    );
  const files = [
    ...Object.keys(metafile.inputs).sort(),
    ...[...new Set(packages)].sort().map((name) => `node_modules/${name}/package.json`),
  ];
  return { digest: digestFiles(files), files };
}

/** Builds the story's index with the shipped language files and writes it where starts look for it. */
export function writeQaIndex(story: Story, engine: EngineCode, file: string = prebuiltIndexFile): void {
  mkdirSync(dirname(file), { recursive: true });
  const lexicon = getLexicon(story.dataDir);
  writePrebuiltIndex(buildIndex(story, lexicon), lexicon, file, engine);
}
