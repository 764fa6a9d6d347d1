import { fileURLToPath } from 'node:url';

/**
 * Whether this process runs the sources (tsx, vitest) or the build in `dist/` (`npm start`). The
 * build mirrors the tree one level down (`dist/src/…`), so files found beside the code, such as a
 * worker or a shard's entry point, take this extension.
 */
export const moduleExtension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

/** The project's root folder (package.json, data/), from the sources and from the build alike. */
export const projectRoot = fileURLToPath(new URL(moduleExtension === '.ts' ? '../' : '../../', import.meta.url));
