/**
 * Images: the cost of rendering each image (satori + resvg) against the cost of the reply path,
 * which reuses the bytes rendered once, and the images' sizes. Each render below is fresh, so the
 * "render" column is the baseline every reply would pay without the cache.
 */
import { storyCardFile, timelineImageFile } from '../src/images/files.js';
import { renderStoryCard, storyCardContent } from '../src/images/story-card.js';
import { renderTimelineImage, timelineContent } from '../src/images/timeline-image.js';
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

export async function run(): Promise<void> {
  const story = getStory();
  const cases = [
    { name: 'story card', render: () => renderStoryCard(storyCardContent(story)), cached: () => storyCardFile(story) },
    { name: 'timeline', render: () => renderTimelineImage(timelineContent(story)), cached: () => timelineImageFile(story) },
  ];
  for (const image of cases) {
    const coldStarted = performance.now();
    const file = await image.cached();
    const coldMs = performance.now() - coldStarted;
    const renderMs = await medianMs(image.render, renders);
    const cachedMs = await medianMs(image.cached, cachedFetches);
    console.log(
      `  ${image.name.padEnd(11)} first render ${coldMs.toFixed(0).padStart(4)} ms (fonts included)   render ${renderMs.toFixed(0).padStart(4)} ms   reply path ${(cachedMs * 1000).toFixed(2).padStart(6)} µs   ${(file.data.byteLength / 1024).toFixed(0)} KiB PNG`,
    );
    const pass = cachedMs * 1000 < 50 && cachedMs < renderMs / 100;
    console.log(`  ${''.padEnd(11)} reply path at least 100x cheaper than rendering, under 50 µs: ${pass ? 'PASS' : 'FAIL'}`);
  }
}
