import { describeSpeaker } from '../render/attribution.js';
import { formatDay } from '../story/dates.js';
import type { Story } from '../story/load.js';
import { box, canvas, type ImageNode, renderPng, textBlock } from './draw.js';
import { fitText, type ImageLayout, type PlacedText, type Rect, type TextBox } from './layout.js';
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

export function storyCardContent(story: Story): StoryCardContent {
  const quote = story.quotes.find((q) => q.id === story.meta.cardQuote);
  if (!quote) throw new Error(`data/story.json: cardQuote "${story.meta.cardQuote}" is not a quote`);
  const { published, updated } = story.meta.article;
  const dates = updated === published ? formatDay(published) : `${formatDay(published)} · updated ${formatDay(updated)}`;
  return {
    kicker: story.meta.publication.toUpperCase(),
    headline: story.meta.headline,
    standfirst: story.meta.standfirst,
    quote: `“${quote.text}”`,
    attribution: `— ${describeSpeaker(story, quote)}`,
    footer: `${story.meta.publication} · ${dates}`,
  };
}

const margin = 64;
const inner = storyCardSize.width - 2 * margin;
const panelPadding = 28;

function place(
  name: string,
  rect: Rect,
  text: Omit<TextBox, 'width' | 'height'>,
  style: { color: string; background: string },
): PlacedText {
  return { name, rect, fitted: fitText({ ...text, width: rect.width, height: rect.height }), weight: text.weight, ...style };
}

const onBackground = { background: palette.background } as const;

/**
 * Fixed boxes, text fitted into each: long data shrinks, then is cut with an ellipsis, never
 * overflows. Sizes are for the card shown about 400 px wide: nothing under 28 px at 1200.
 */
export function layoutStoryCard(content: StoryCardContent): ImageLayout & { panel: Rect } {
  const kicker = place(
    'kicker',
    { x: margin, y: 40, width: inner, height: 36 },
    { text: content.kicker, weight: 700, maxSize: 30, minSize: 28, lineHeight: 1.2 },
    { color: palette.accent, ...onBackground },
  );
  const headline = place(
    'headline',
    { x: margin, y: 84, width: inner, height: 150 },
    { text: content.headline, weight: 700, maxSize: 64, minSize: 40, lineHeight: 1.12 },
    { color: palette.ink, ...onBackground },
  );
  const standfirst = place(
    'standfirst',
    { x: margin, y: 246, width: inner, height: 46 },
    { text: content.standfirst, weight: 400, maxSize: 36, minSize: 28, lineHeight: 1.25 },
    { color: palette.muted, ...onBackground },
  );
  const footer = place(
    'footer',
    { x: margin, y: storyCardSize.height - 40 - 36, width: inner, height: 36 },
    { text: content.footer, weight: 400, maxSize: 30, minSize: 28, lineHeight: 1.2 },
    { color: palette.subtle, ...onBackground },
  );

  // The panel holds the quote and its attribution, as tall as they need, midway between the standfirst and the footer.
  const quoteBox = { x: margin + panelPadding, width: inner - 2 * panelPadding };
  const quote = fitText({ text: content.quote, weight: 700, ...quoteBox, height: 96, maxSize: 40, minSize: 28, lineHeight: 1.2 });
  const attribution = fitText({
    text: content.attribution,
    weight: 400,
    ...quoteBox,
    height: 36,
    maxSize: 30,
    minSize: 28,
    lineHeight: 1.2,
  });
  const panelHeight = panelPadding + quote.height + 8 + attribution.height + panelPadding;
  const above = standfirst.rect.y + standfirst.rect.height;
  const panelTop = above + Math.floor((footer.rect.y - above - panelHeight) / 2);
  const quoteTop = panelTop + panelPadding;
  const onPanel = { background: palette.panel, weight: 700 } as const;
  return {
    ...storyCardSize,
    panel: { x: margin, y: panelTop, width: inner, height: panelHeight },
    texts: [
      kicker,
      headline,
      standfirst,
      { name: 'quote', rect: { ...quoteBox, y: quoteTop, height: quote.height }, fitted: quote, color: palette.ink, ...onPanel },
      {
        name: 'attribution',
        rect: { ...quoteBox, y: quoteTop + quote.height + 8, height: attribution.height },
        fitted: attribution,
        color: palette.subtle,
        ...onPanel,
        weight: 400,
      },
      footer,
    ],
  };
}

export function drawStoryCard(layout: ImageLayout & { panel: Rect }): ImageNode {
  const { panel } = layout;
  return canvas(layout, palette.background, [
    box({ position: 'absolute', left: 0, top: 0, width: 16, height: layout.height, backgroundColor: palette.accent }),
    box({
      position: 'absolute',
      left: panel.x,
      top: panel.y,
      width: panel.width,
      height: panel.height,
      backgroundColor: palette.panel,
      borderRadius: 12,
    }),
    ...layout.texts.map(textBlock),
  ]);
}

/** The story card (1200×630, the size social networks preview): headline, standfirst, the card quote, publication and dates. */
export async function renderStoryCard(content: StoryCardContent): Promise<{ png: Uint8Array; layout: ImageLayout }> {
  const layout = layoutStoryCard(content);
  return { png: await renderPng(drawStoryCard(layout), layout.width, layout.height), layout };
}
