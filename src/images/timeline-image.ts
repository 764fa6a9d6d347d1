import { actorName } from '../render/attribution.js';
import type { Story } from '../story/load.js';
import { box, canvas, type ImageNode, renderPng, textBlock } from './draw.js';
import { fitText } from './layout.js';
import { palette } from './palette.js';
import type { ImageLayout, PlacedText } from './story-card.js';

/** One event as the image shows it. */
export interface TimelineEntry {
  when: string;
  title: string;
  actors: string;
  text: string;
}

export interface TimelineContent {
  title: string;
  subtitle: string;
  entries: TimelineEntry[];
}

export const timelineWidth = 1200;

export function timelineContent(story: Story): TimelineContent {
  return {
    title: 'Timeline',
    subtitle: story.meta.headline,
    entries: story.timeline.map((event) => ({
      when: event.when,
      title: event.title,
      actors: event.actors.map((id) => actorName(story, id)).join(', '),
      text: event.text,
    })),
  };
}

const margin = 56;
const whenWidth = 220;
const railX = margin + whenWidth + 28;
const bodyX = railX + 32;
const bodyWidth = timelineWidth - bodyX - margin;
const rowGap = 30;

function placed(
  name: string,
  x: number,
  y: number,
  width: number,
  maxHeight: number,
  text: string,
  style: { weight: 400 | 700; maxSize: number; minSize: number; color: string },
): PlacedText {
  const fitted = fitText({
    text,
    weight: style.weight,
    width,
    height: maxHeight,
    maxSize: style.maxSize,
    minSize: style.minSize,
    lineHeight: 1.3,
  });
  // Each block takes the height its lines need, so the rows stack without gaps or overlaps.
  return { name, rect: { x, y, width, height: fitted.height }, fitted, color: style.color, weight: style.weight };
}

/** Rows sized to their text; the image is as tall as the events need. */
export function layoutTimeline(content: TimelineContent): ImageLayout & { dots: number[] } {
  const texts: PlacedText[] = [];
  const title = placed('title', margin, 44, timelineWidth - 2 * margin, 52, content.title, {
    weight: 700,
    maxSize: 40,
    minSize: 28,
    color: palette.ink,
  });
  const subtitle = placed(
    'subtitle',
    margin,
    title.rect.y + title.rect.height + 4,
    timelineWidth - 2 * margin,
    64,
    content.subtitle,
    { weight: 400, maxSize: 24, minSize: 18, color: palette.muted },
  );
  texts.push(title, subtitle);
  let y = subtitle.rect.y + subtitle.rect.height + 36;
  const dots: number[] = [];
  content.entries.forEach((entry, i) => {
    const when = placed(`when-${i}`, margin, y, whenWidth, 62, entry.when, {
      weight: 700,
      maxSize: 22,
      minSize: 18,
      color: palette.accent,
    });
    const heading = placed(`title-${i}`, bodyX, y, bodyWidth, 74, entry.title, {
      weight: 700,
      maxSize: 26,
      minSize: 20,
      color: palette.ink,
    });
    const actors = placed(`actors-${i}`, bodyX, heading.rect.y + heading.rect.height + 2, bodyWidth, 26, entry.actors, {
      weight: 400,
      maxSize: 19,
      minSize: 16,
      color: palette.subtle,
    });
    const text = placed(`text-${i}`, bodyX, actors.rect.y + actors.rect.height + 4, bodyWidth, 90, entry.text, {
      weight: 400,
      maxSize: 20,
      minSize: 17,
      color: palette.muted,
    });
    texts.push(when, heading, actors, text);
    dots.push(y + 12);
    y = Math.max(when.rect.y + when.rect.height, text.rect.y + text.rect.height) + rowGap;
  });
  return { width: timelineWidth, height: y + margin - rowGap, texts, dots };
}

function drawTimeline(layout: ImageLayout & { dots: number[] }): ImageNode {
  const first = layout.dots[0] ?? 0;
  const last = layout.dots[layout.dots.length - 1] ?? first;
  return canvas(layout, palette.background, [
    box({ position: 'absolute', left: railX - 2, top: first, width: 4, height: last - first, backgroundColor: palette.rule }),
    ...layout.dots.map((top) =>
      box({
        position: 'absolute',
        left: railX - 9,
        top: top - 7,
        width: 18,
        height: 18,
        borderRadius: 9,
        backgroundColor: palette.accent,
      }),
    ),
    ...layout.texts.map((text) => textBlock(text.rect, text.fitted, text)),
  ]);
}

/** The timeline image: every event in order, with its date where the story gives one and who acted. */
export async function renderTimelineImage(content: TimelineContent): Promise<{ png: Uint8Array; layout: ImageLayout }> {
  const layout = layoutTimeline(content);
  return { png: await renderPng(drawTimeline(layout), layout.width, layout.height), layout };
}
