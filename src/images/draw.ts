import { fontFaces } from './fonts.js';
import type { PlacedText } from './layout.js';
import { compactPng } from './png.js';

/** A satori element: what JSX would build, written as data since the bot has no JSX. */
export interface ImageNode {
  type: 'div';
  props: { style: Record<string, string | number>; children?: ImageNode[] | string };
}

export function box(style: Record<string, string | number>, children?: ImageNode[] | string): ImageNode {
  return { type: 'div', props: { style: { display: 'flex', ...style }, ...(children === undefined ? {} : { children }) } };
}

/** The image itself: a canvas of the layout's size, in Inter, its children placed absolutely. */
export function canvas(size: { width: number; height: number }, background: string, children: ImageNode[]): ImageNode {
  return box(
    { position: 'relative', width: size.width, height: size.height, backgroundColor: background, fontFamily: 'Inter' },
    children,
  );
}

/** A text's fitted lines drawn in its box, one element per line so satori draws exactly the lines the layout chose. */
export function textBlock(text: PlacedText): ImageNode {
  const { rect, fitted } = text;
  return box(
    {
      position: 'absolute',
      left: rect.x,
      top: rect.y,
      width: rect.width,
      height: rect.height,
      flexDirection: 'column',
      overflow: 'hidden',
    },
    fitted.lines.map((line) =>
      box(
        {
          height: fitted.lineHeightPx,
          fontSize: fitted.fontSize,
          lineHeight: `${fitted.lineHeightPx}px`,
          fontWeight: text.weight,
          color: text.color,
          whiteSpace: 'pre',
          justifyContent: text.align === 'center' ? 'center' : 'flex-start',
        },
        line,
      ),
    ),
  );
}

/**
 * Renders an element tree to PNG bytes: satori lays it out to SVG with the shipped fonts, resvg
 * rasterises it to a true-colour PNG, and {@link compactPng} stores the same pixels as small as it can.
 */
export async function renderPng(root: ImageNode, width: number, height: number): Promise<Uint8Array> {
  return compactPng(await rasterise(root, width, height));
}

/** The element tree as resvg writes it: an RGBA PNG, before compacting. */
export async function rasterise(root: ImageNode, width: number, height: number): Promise<Uint8Array> {
  // Loaded on first render, not at start-up: a console session that draws nothing never pays for them.
  const [{ default: satori }, { Resvg }] = await Promise.all([import('satori'), import('@resvg/resvg-js')]);
  const fonts = fontFaces().map((face) => ({ name: 'Inter', data: face.data, weight: face.weight, style: 'normal' as const }));
  // satori's types expect a React element; a plain element object is what JSX compiles to.
  const svg = await satori(root as unknown as Parameters<typeof satori>[0], { width, height, fonts });
  const png = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render().asPng();
  return new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
}
