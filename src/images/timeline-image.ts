import { withYears } from '../story/dates.js';
import type { Story } from '../story/load.js';
import { box, canvas, type ImageNode, renderPng, textBlock } from './draw.js';
import { type FittedText, fitText, type ImageLayout, measureText, minimumTextPx, type PlacedText } from './layout.js';
import { palette } from './palette.js';

/** One event as the image shows it: a short label for when, and its title. */
export interface TimelineEntry {
  when: string;
  title: string;
}

export interface TimelineContent {
  title: string;
  subtitle: string;
  entries: TimelineEntry[];
}

export const timelineSize = { width: 1200, height: 630 } as const;

/** The events in order, each dated with its year where the story names a month; who acted and what happened are in the text below the image. */
export function timelineContent(story: Story): TimelineContent {
  return {
    title: 'Timeline',
    subtitle: story.meta.headline,
    entries: story.timeline.map((event) => ({ when: withYears(event.when, story.meta.article), title: event.title })),
  };
}

const margin = 56;
const top = 36;
const rowsTop = 150;
const rowsBottom = timelineSize.height - 36;
/** The shortest row that still reads: a numbered dot of 44 px with room around it. */
const minRowHeight = 54;
const maxRowHeight = 72;
const dotSize = 44;
const dotX = margin;
const whenX = dotX + dotSize + 20;
const whenMaxWidth = 420;
const columnGap = 28;
const rowSize = { minSize: minimumTextPx, lineHeight: 1.25 } as const;
const whenMaxSize = 30;
const titleMaxSize = 34;

/** How the timeline came out: the rows shown and, when the events outnumber them, how many are left to the text below. */
export interface TimelineLayout extends ImageLayout {
  rows: { top: number; height: number }[];
  hidden: number;
}

function singleLine(text: string, weight: 400 | 700, width: number, maxSize: number): FittedText {
  return fitText({ text, weight, width, height: Math.ceil(maxSize * rowSize.lineHeight), ...rowSize, maxSize });
}

/** The largest size, from `maxSize` down to the minimum, at which every one of `texts` fits one line of `width`. */
function commonSize(texts: string[], weight: 400 | 700, width: number, maxSize: number): number {
  return Math.min(maxSize, ...texts.map((text) => singleLine(text, weight, width, maxSize).fontSize));
}

/**
 * Landscape (1200×630) for an embed shown about 400 px wide: one line per event, a numbered dot, a
 * short date label and the title, every label at one size per column and never under 28 px. Events
 * beyond what fits at {@link minRowHeight} are counted in a last line pointing to the text below.
 */
export function layoutTimeline(content: TimelineContent): TimelineLayout {
  const { width, height } = timelineSize;
  const capacity = Math.floor((rowsBottom - rowsTop) / minRowHeight);
  const shownCount = content.entries.length > capacity ? capacity - 1 : content.entries.length;
  const shown = content.entries.slice(0, shownCount);
  const hidden = content.entries.length - shown.length;
  const lineCount = shown.length + (hidden > 0 ? 1 : 0);
  const rowHeight = Math.min(maxRowHeight, Math.floor((rowsBottom - rowsTop) / Math.max(1, lineCount)));

  // The title is what a reader scans for, so it gets the larger size and the date label the rest of the width.
  const whenSize = commonSize(
    shown.map((e) => e.when),
    400,
    whenMaxWidth,
    whenMaxSize,
  );
  const whenWidth = Math.min(whenMaxWidth, Math.ceil(Math.max(0, ...shown.map((e) => measureText(e.when, 400, whenSize)))));
  const titleX = whenX + whenWidth + columnGap;
  const titleWidth = width - margin - titleX;
  const titleSize = commonSize(
    shown.map((e) => e.title),
    700,
    titleWidth,
    titleMaxSize,
  );

  const texts: PlacedText[] = [];
  const onBackground = (name: string, x: number, y: number, w: number, fitted: FittedText, color: string, weight: 400 | 700) =>
    texts.push({ name, rect: { x, y, width: w, height: fitted.height }, fitted, color, weight, background: palette.background });

  const title = fitText({
    text: content.title,
    weight: 700,
    width: width - 2 * margin,
    height: 54,
    maxSize: 44,
    minSize: 28,
    lineHeight: 1.2,
  });
  onBackground('title', margin, top, width - 2 * margin, title, palette.ink, 700);
  const subtitle = singleLine(content.subtitle, 400, width - 2 * margin, 30);
  onBackground('subtitle', margin, top + 58, width - 2 * margin, subtitle, palette.muted, 400);

  const rows: TimelineLayout['rows'] = [];
  shown.forEach((entry, i) => {
    const rowTop = rowsTop + i * rowHeight;
    rows.push({ top: rowTop, height: rowHeight });
    const middle = (fitted: FittedText) => rowTop + Math.floor((rowHeight - fitted.height) / 2);
    const number = singleLine(String(i + 1), 700, dotSize, 30);
    texts.push({
      name: `number-${i}`,
      rect: { x: dotX, y: middle(number), width: dotSize, height: number.height },
      fitted: number,
      color: palette.background,
      background: palette.accent,
      weight: 700,
      align: 'center',
    });
    const when = singleLine(entry.when, 400, whenWidth, whenSize);
    onBackground(`when-${i}`, whenX, middle(when), whenWidth, when, palette.accent, 400);
    const heading = singleLine(entry.title, 700, titleWidth, titleSize);
    onBackground(`title-${i}`, titleX, middle(heading), titleWidth, heading, palette.ink, 700);
  });
  if (hidden > 0) {
    const more = singleLine(`+${hidden} more in the list below`, 400, width - margin - whenX, 30);
    onBackground(
      'more',
      whenX,
      rowsTop + shown.length * rowHeight + Math.floor((rowHeight - more.height) / 2),
      width - margin - whenX,
      more,
      palette.muted,
      400,
    );
  }
  return { width, height, texts, rows, hidden };
}

export function drawTimeline(layout: TimelineLayout): ImageNode {
  const first = layout.rows[0];
  const last = layout.rows[layout.rows.length - 1];
  const centre = (row: { top: number; height: number }) => row.top + row.height / 2;
  return canvas(layout, palette.background, [
    ...(first && last
      ? [
          box({
            position: 'absolute',
            left: dotX + dotSize / 2 - 2,
            top: centre(first),
            width: 4,
            height: centre(last) - centre(first),
            backgroundColor: palette.rule,
          }),
        ]
      : []),
    ...layout.rows.map((row) =>
      box({
        position: 'absolute',
        left: dotX,
        top: centre(row) - dotSize / 2,
        width: dotSize,
        height: dotSize,
        borderRadius: dotSize / 2,
        backgroundColor: palette.accent,
      }),
    ),
    ...layout.texts.map(textBlock),
  ]);
}

/** The timeline image: every event in order (as many as fit), with its date label and title. */
export async function renderTimelineImage(content: TimelineContent): Promise<{ png: Uint8Array; layout: TimelineLayout }> {
  const layout = layoutTimeline(content);
  return { png: await renderPng(drawTimeline(layout), layout.width, layout.height), layout };
}
