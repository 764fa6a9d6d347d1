/**
 * `npm run goldens:update`: re-renders the images the golden tests compare against and writes them
 * to tests/__goldens__/. Run it on purpose, after a change to how the images look, and look at them:
 * beside each it writes a copy 400 px wide, the size Discord shows an embed image, to the system's
 * temporary folder, so the text can be checked at the size a reader first meets it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ResizeFilterType, Transformer } from '@napi-rs/image';
import { goldenDir, goldenImages } from '../tests/images/golden.js';

const shownWidth = 400;
const previewDir = join(tmpdir(), 'xen-news-previews');
mkdirSync(previewDir, { recursive: true });

for (const [name, render] of Object.entries(goldenImages)) {
  const png = await render();
  writeFileSync(join(goldenDir, name), png);
  const preview = await new Transformer(png).resize(shownWidth, null, ResizeFilterType.Lanczos3).png();
  writeFileSync(join(previewDir, name), preview);
  console.log(`wrote ${join(goldenDir, name)} (${png.byteLength} bytes); as Discord shows it: ${join(previewDir, name)}`);
}
