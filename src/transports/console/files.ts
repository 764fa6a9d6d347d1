import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ReplyMessage } from '../../core/interaction.js';

/** What the console reports about a file a reply carried, beside `reply` in `--json` mode. */
export interface SavedFile {
  name: string;
  contentType: string;
  bytes: number;
  path: string;
}

/**
 * Writes a reply's files into a folder, as Discord would show them as attachments: `outDir` when
 * given (`--out DIR`), else a temporary folder made on first use.
 */
export function createFileSaver(outDir: string | undefined): (message: ReplyMessage) => Promise<SavedFile[]> {
  let folder: Promise<string> | undefined;
  const ensureFolder = () => {
    folder ??= outDir
      ? mkdir(resolve(outDir), { recursive: true }).then(() => resolve(outDir))
      : mkdtemp(join(tmpdir(), 'xen-news-'));
    return folder;
  };
  return async (message) => {
    const files = message.files ?? [];
    if (files.length === 0) return [];
    const dir = await ensureFolder();
    return Promise.all(
      files.map(async (file) => {
        // Only the base name: a file name never chooses where it is written.
        const path = join(dir, file.name.replace(/^.*[\\/]/, ''));
        await writeFile(path, file.data);
        return { name: file.name, contentType: file.contentType, bytes: file.data.byteLength, path };
      }),
    );
  };
}
