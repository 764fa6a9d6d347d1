import type { Story } from '../story/load.js';
import { box, canvas, type ImageNode, type Rect, renderPng, textBlock } from './draw.js';
import { type FittedText, fitText, type TextBox } from './layout.js';
import { palette } from './palette.js';

export const storyCardSize = { width: 1200, height: 630 } as const;

/** What the card says, taken from the story data. */
export interface StoryCardContent {
  kicker: string;
  headline: string;
  standfirst: string;
  quote: string;
  attribution: string;
  footer: string;
}

/** One laid-out text block of an image: where it goes, how it came out, how it is drawn. */
export interface PlacedText {
  name: string;
  rect: Rect;
  fitted: FittedText;
  color: string;
  weight: 400 | 700;
}

export interface ImageLayout {
  width: number;
  height: number;
  texts: PlacedText[];
}

export function storyCardContent(story: Story): StoryCardContent {
  const quote = story.quotes.find((q) => q.id === story.meta.cardQuote);
  if (!quote) throw new Error(`data/story.json: cardQuote "${story.meta.cardQuote}" is not a quote`);
  const person = quote.speaker ? story.personById.get(quote.speaker) : undefined;
  const organisation = story.organisationById.get(quote.organisation)?.name ?? '';
  const attribution = person ? `${person.name}, ${person.title}, ${organisation}` : organisation;
  return {
    kicker: story.meta.publication.toUpperCase(),
    headline: story.meta.headline,
    standfirst: story.meta.standfirst,
    quote: `“${quote.text}”`,
    attribution: `— ${attribution}`,
    footer: `${story.meta.publication} · updated ${story.meta.update.date}`,
  };
}

const margin = 64;
const inner = storyCardSize.width - 2 * margin;
const quotePadding = 28;

function place(name: string, rect: Rect, text: Omit<TextBox, 'width' | 'height'>, color: string): PlacedText {
  return { name, rect, fitted: fitText({ ...text, width: rect.width, height: rect.height }), color, weight: text.weight };
}

/** Fixed boxes, text fitted into each: long data shrinks, then is cut with an ellipsis, never overflows. */
export function layoutStoryCard(content: StoryCardContent): ImageLayout {
  const quoteWidth = inner - 2 * quotePadding;
  const quote = place(
    'quote',
    { x: margin + quotePadding, y: 410, width: quoteWidth, height: 88 },
    { text: content.quote, weight: 700, maxSize: 34, minSize: 22, lineHeight: 1.25 },
    palette.ink,
  );
  // The attribution sits under the quote however many lines it took.
  const attributionTop = quote.rect.y + quote.fitted.height + 10;
  return {
    ...storyCardSize,
    texts: [
      place(
        'kicker',
        { x: margin, y: 48, width: inner, height: 32 },
        { text: content.kicker, weight: 700, maxSize: 24, minSize: 16, lineHeight: 1.2 },
        palette.accent,
      ),
      place(
        'headline',
        { x: margin, y: 92, width: inner, height: 180 },
        { text: content.headline, weight: 700, maxSize: 64, minSize: 34, lineHeight: 1.12 },
        palette.ink,
      ),
      place(
        'standfirst',
        { x: margin, y: 284, width: inner, height: 88 },
        { text: content.standfirst, weight: 400, maxSize: 34, minSize: 22, lineHeight: 1.25 },
        palette.muted,
      ),
      quote,
      place(
        'attribution',
        { x: margin + quotePadding, y: attributionTop, width: quoteWidth, height: 32 },
        { text: content.attribution, weight: 400, maxSize: 24, minSize: 18, lineHeight: 1.25 },
        palette.subtle,
      ),
      place(
        'footer',
        { x: margin, y: 572, width: inner, height: 32 },
        { text: content.footer, weight: 400, maxSize: 22, minSize: 18, lineHeight: 1.25 },
        palette.subtle,
      ),
    ],
  };
}

function drawStoryCard(layout: ImageLayout): ImageNode {
  return canvas(layout, palette.background, [
    box({ position: 'absolute', left: 0, top: 0, width: 16, height: layout.height, backgroundColor: palette.accent }),
    box({
      position: 'absolute',
      left: margin,
      top: 388,
      width: inner,
      height: 162,
      backgroundColor: palette.panel,
      borderRadius: 12,
    }),
    ...layout.texts.map((text) => textBlock(text.rect, text.fitted, text)),
  ]);
}

/** The story card (1200×630, the size social networks preview): headline, standfirst, the card quote, publication, update date. */
export async function renderStoryCard(content: StoryCardContent): Promise<{ png: Uint8Array; layout: ImageLayout }> {
  const layout = layoutStoryCard(content);
  return { png: await renderPng(drawStoryCard(layout), layout.width, layout.height), layout };
}
