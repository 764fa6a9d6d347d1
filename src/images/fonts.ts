import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype, { type Font } from 'opentype.js';

/**
 * Inter (SIL Open Font License 1.1), shipped through the @fontsource/inter npm package: the Latin
 * and Latin Extended subsets in the two weights the images use. WOFF, because satori reads WOFF but
 * not WOFF2.
 */
const files = {
  400: ['inter-latin-400-normal.woff', 'inter-latin-ext-400-normal.woff'],
  700: ['inter-latin-700-normal.woff', 'inter-latin-ext-700-normal.woff'],
} as const;

export type FontWeight = keyof typeof files;

/** One face: its bytes for satori, and its parsed tables for measuring text the way satori lays it out. */
export interface FontFace {
  weight: FontWeight;
  data: Buffer;
  font: Font;
}

let loaded: readonly FontFace[] | undefined;

/** Every face, in fallback order within each weight (Latin first). Read once. */
export function fontFaces(): readonly FontFace[] {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = ([400, 700] as const).flatMap((weight) =>
      files[weight].map((file) => {
        const data = readFileSync(require.resolve(`@fontsource/inter/files/${file}`));
        const bytes = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
        return { weight, data, font: opentype.parse(bytes) };
      }),
    );
  }
  return loaded;
}

export function facesOfWeight(weight: FontWeight): readonly FontFace[] {
  return fontFaces().filter((face) => face.weight === weight);
}
