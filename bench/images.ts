/**
 * Images: the cost of rendering each image (satori + resvg + compacting) against the cost of the
 * reply path, which reuses the bytes rendered once; the PNG's size as resvg writes it (RGBA)
 * against the palette PNG the bot ships; and the smallest text, which must be at least 28 px at
 * 1200 px wide to read at the 400 px Discord shows. Each render below is fresh, so the "render"
 * column is the baseline every reply would pay without the cache.
 */
import { rasterise } from '../src/images/draw.js';
import { storyCardFile, timelineImageFile } from '../src/images/files.js';
import { minimumTextPx, reportLayout } from '../src/images/layout.js';
import { compactPng } from '../src/images/png.js';
import { drawStoryCard, layoutStoryCard, renderStoryCard, storyCardContent } from '../src/images/story-card.js';
import { drawTimeline, layoutTimeline, renderTimelineImage, timelineContent } from '../src/images/timeline-image.js';
import { getStory } from '../src/story/load.js';

const renders = 10;
const cachedFetches = 10_000;

async function medianMs(run: () => Promise<unknown>, times: number): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b)[Math.floor(samples.length / 2)] ?? Number.NaN;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

export async function run(): Promise<void> {
  const story = getStory();
  const cardLayout = layoutStoryCard(storyCardContent(story));
  const timelineLayout = layoutTimeline(timelineContent(story));
  const cases = [
    {
      name: 'story card',
      layout: cardLayout,
      rgba: () => rasterise(drawStoryCard(cardLayout), cardLayout.width, cardLayout.height),
      render: () => renderStoryCard(storyCardContent(story)),
      cached: () => storyCardFile(story),
    },
    {
      name: 'timeline',
      layout: timelineLayout,
      rgba: () => rasterise(drawTimeline(timelineLayout), timelineLayout.width, timelineLayout.height),
      render: () => renderTimelineImage(timelineContent(story)),
      cached: () => timelineImageFile(story),
    },
  ];
  for (const image of cases) {
    const coldStarted = performance.now();
    const file = await image.cached();
    const coldMs = performance.now() - coldStarted;
    const renderMs = await medianMs(image.render, renders);
    const cachedMs = await medianMs(image.cached, cachedFetches);
    const rgba = await image.rgba();
    const rasteriseMs = await medianMs(image.rgba, renders);
    const compactMs = await medianMs(() => compactPng(rgba), renders);
    const { smallestTextPx, problems } = reportLayout(image.layout);
    const label = image.name.padEnd(11);
    const indent = ''.padEnd(11);
    console.log(
      `  ${label} first render ${coldMs.toFixed(0).padStart(4)} ms (fonts included)   render ${renderMs.toFixed(0).padStart(4)} ms   reply path ${(cachedMs * 1000).toFixed(2).padStart(6)} µs`,
    );
    const pass = cachedMs * 1000 < 50 && cachedMs < renderMs / 100;
    console.log(`  ${indent} reply path at least 100x cheaper than rendering, under 50 µs: ${pass ? 'PASS' : 'FAIL'}`);
    console.log(
      `  ${indent} PNG ${image.layout.width}×${image.layout.height}: RGBA as drawn ${kib(rgba.byteLength)} (${rasteriseMs.toFixed(0)} ms) -> shipped palette PNG ${kib(file.data.byteLength)} (+${compactMs.toFixed(0)} ms to compact), ${(100 * (1 - file.data.byteLength / rgba.byteLength)).toFixed(0)}% smaller`,
    );
    const legible = smallestTextPx >= minimumTextPx && problems.length === 0;
    console.log(
      `  ${indent} smallest text ${smallestTextPx} px at 1200 px wide (${((smallestTextPx * 400) / 1200).toFixed(1)} px as Discord shows it), at least ${minimumTextPx}: ${legible ? 'PASS' : `FAIL ${problems.join('; ')}`}`,
    );
  }
}
