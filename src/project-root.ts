import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Whether this process runs the sources (tsx, vitest) or the build in `dist/` (`npm start`). */
export const runsSources = import.meta.url.endsWith('.ts');

function packageRoot(from: string): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
  return dir;
}

/**
 * The project's root folder (package.json, data/). Found by looking up from this file: the build
 * bundles it into a file of its own choosing under dist/.
 */
export const projectRoot = packageRoot(dirname(fileURLToPath(import.meta.url)));

/**
 * A file of the program by its path in the sources without extension (`src/main`): the TypeScript
 * itself when running the sources, its build under `dist/` otherwise. For what is started by path,
 * a worker thread or a shard process.
 */
export function programFile(path: string): string {
  return runsSources ? join(projectRoot, `${path}.ts`) : join(projectRoot, 'dist', `${path}.js`);
}
