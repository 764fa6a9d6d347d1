/**
 * `npm run goldens:update`: re-renders the images the golden tests compare against and writes them
 * to tests/__goldens__/. Run it on purpose, after a change to how the images look, and look at them.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { goldenDir, goldenImages } from '../tests/images/golden.js';

for (const [name, render] of Object.entries(goldenImages)) {
  const png = await render();
  writeFileSync(join(goldenDir, name), png);
  console.log(`wrote ${join(goldenDir, name)} (${png.byteLength} bytes)`);
}
