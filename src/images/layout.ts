import { contrastRatio, requiredContrast } from './contrast.js';
import { type FontFace, type FontWeight, facesOfWeight } from './fonts.js';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
const ellipsis = '…';

/** A text box to fill: the text shrinks from `maxSize` to `minSize` to fit, then is cut with an ellipsis. */
export interface TextBox {
  text: string;
  weight: FontWeight;
  width: number;
  height: number;
  maxSize: number;
  minSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
}

/** How a text box came out; the images draw exactly these lines, so the report is the truth. */
export interface FittedText {
  lines: string[];
  fontSize: number;
  lineHeightPx: number;
  /** The widest line and the lines' total height, in px. */
  width: number;
  height: number;
  /** The text did not fit at the smallest size and ends in an ellipsis. */
  truncated: boolean;
  /** Something is drawn outside the box: never expected, and tested for. */
  overflow: boolean;
}

// Shaping is the cost of laying out (opentype.js applies GSUB and kerning per call), and widths
// scale linearly with size, so each string is shaped once at size 1 for every size the fit tries.
const unitWidths = new Map<string, number>();
const unitWidthsLimit = 50_000;

/** Width of `text` in px, each character from the first face of the weight that has it (as satori falls back). */
export function measureText(text: string, weight: FontWeight, size: number): number {
  const key = `${weight}:${text}`;
  let unitWidth = unitWidths.get(key);
  if (unitWidth === undefined) {
    if (unitWidths.size >= unitWidthsLimit) unitWidths.clear();
    unitWidth = shapeUnitWidth(text, weight);
    unitWidths.set(key, unitWidth);
  }
  return unitWidth * size;
}

function shapeUnitWidth(text: string, weight: FontWeight): number {
  const faces = facesOfWeight(weight);
  let width = 0;
  let run = '';
  let runFace: FontFace | undefined;
  const flush = () => {
    if (run && runFace) width += runFace.font.getAdvanceWidth(run, 1, { kerning: true });
    run = '';
  };
  for (const char of text) {
    const face = faces.find((f) => f.font.charToGlyphIndex(char) > 0) ?? faces[0];
    if (face !== runFace) {
      flush();
      runFace = face;
    }
    run += char;
  }
  flush();
  return width;
}

/** Splits a word too wide for a line into pieces that fit, never inside a grapheme. */
function breakWord(word: string, weight: FontWeight, size: number, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const { segment } of graphemes.segment(word)) {
    if (piece !== '' && measureText(piece + segment, weight, size) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += segment;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/** Greedy word wrap. Breaks at spaces and line breaks; a no-break space keeps its neighbours together. */
export function wrapText(text: string, weight: FontWeight, size: number, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      for (const piece of measureText(word, weight, size) > width ? breakWord(word, weight, size, width) : [word]) {
        const candidate = line === '' ? piece : `${line} ${piece}`;
        if (line !== '' && measureText(candidate, weight, size) > width) {
          lines.push(line);
          line = piece;
        } else line = candidate;
      }
    }
    lines.push(line);
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** The longest start of `line` that fits `width` with an ellipsis after it. */
function withEllipsis(line: string, weight: FontWeight, size: number, width: number): string {
  const parts = Array.from(graphemes.segment(line), (s) => s.segment);
  while (parts.length > 0 && measureText(`${parts.join('').trimEnd()}${ellipsis}`, weight, size) > width) parts.pop();
  return `${parts.join('').trimEnd()}${ellipsis}`;
}

/**
 * Fits text into a box: the largest size from `maxSize` down to `minSize` at which every line fits,
 * else `minSize` with as many lines as fit, the last cut with an ellipsis.
 */
export function fitText(box: TextBox): FittedText {
  const text = box.text.trim();
  for (let size = box.maxSize; size >= box.minSize; size -= 1) {
    const lineHeightPx = Math.ceil(size * box.lineHeight);
    const lines = wrapText(text, box.weight, size, box.width);
    if (lines.length * lineHeightPx <= box.height || size === box.minSize) {
      const maxLines = Math.floor(box.height / lineHeightPx);
      const truncated = lines.length > maxLines;
      const kept = truncated
        ? [
            ...lines.slice(0, Math.max(0, maxLines - 1)),
            ...(maxLines > 0 ? [withEllipsis(lines[maxLines - 1] ?? '', box.weight, size, box.width)] : []),
          ]
        : lines;
      const width = Math.max(0, ...kept.map((line) => measureText(line, box.weight, size)));
      const height = kept.length * lineHeightPx;
      return {
        lines: kept,
        fontSize: size,
        lineHeightPx,
        width,
        height,
        truncated,
        overflow: maxLines === 0 || width > box.width || height > box.height,
      };
    }
  }
  throw new Error('fitText: minSize must not exceed maxSize');
}

/** One laid-out text block of an image: where it goes, how it came out, how it is drawn and on what. */
export interface PlacedText {
  name: string;
  rect: Rect;
  fitted: FittedText;
  color: string;
  /** The colour behind the text, for the contrast check. */
  background: string;
  weight: FontWeight;
  align?: 'left' | 'center';
}

/** A placed rectangle, in px from the image's top left. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An image as laid out: its size and every text it draws. */
export interface ImageLayout {
  width: number;
  height: number;
  texts: PlacedText[];
}

/**
 * Discord shows an embed image about 400 px wide, a third of the images' 1200: 28 px text there is
 * about 9 px, the smallest that reads without opening the image.
 */
export const minimumTextPx = 28;
export const designWidth = 1200;

/** What the layout report found: the smallest text (in px at the design width) and every problem, by text name. */
export interface LayoutReport {
  smallestTextPx: number;
  problems: string[];
}

function intersects(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/**
 * Checks a layout the way a reader meets it: no text smaller than {@link minimumTextPx} at the design
 * width, none drawn outside its box or the image, no two texts on top of each other, and every text
 * passing WCAG AA contrast on what it sits on.
 */
export function reportLayout(layout: ImageLayout): LayoutReport {
  const scale = designWidth / layout.width;
  const problems: string[] = [];
  let smallestTextPx = Number.POSITIVE_INFINITY;
  layout.texts.forEach((text, i) => {
    const { name, rect, fitted } = text;
    const size = fitted.fontSize * scale;
    smallestTextPx = Math.min(smallestTextPx, size);
    if (size < minimumTextPx) problems.push(`${name}: ${size} px text, under the ${minimumTextPx} px minimum`);
    if (fitted.overflow || fitted.width > rect.width || fitted.height > rect.height)
      problems.push(`${name}: text overflows its box`);
    if (rect.x < 0 || rect.y < 0 || rect.x + rect.width > layout.width || rect.y + rect.height > layout.height)
      problems.push(`${name}: box outside the image`);
    const ratio = contrastRatio(text.color, text.background);
    const required = requiredContrast(fitted.fontSize, text.weight === 700);
    if (ratio < required) problems.push(`${name}: contrast ${ratio.toFixed(2)}, under ${required}`);
    for (const other of layout.texts.slice(i + 1))
      if (intersects(rect, other.rect)) problems.push(`${name}: overlaps ${other.name}`);
  });
  return { smallestTextPx, problems };
}
