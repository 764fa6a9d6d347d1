import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { storyCardFile, timelineImageFile, warmImages } from '../../src/images/files.js';
import { layoutStoryCard, storyCardContent, storyCardSize } from '../../src/images/story-card.js';
import { layoutTimeline, timelineContent } from '../../src/images/timeline-image.js';
import { getStory } from '../../src/story/load.js';
import { goldenDir, goldenImages } from './golden.js';

const story = getStory();

function decode(png: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(png));
}

describe('the story card', () => {
  it('is a valid 1200×630 PNG, the size social networks preview', async () => {
    const file = await storyCardFile(story);
    expect(file).toMatchObject({ name: 'story-card.png', contentType: 'image/png' });
    const image = decode(file.data);
    expect([image.width, image.height]).toEqual([storyCardSize.width, storyCardSize.height]);
  });

  it('says the headline, standfirst, the Gartner quote with attribution, the publication and the update date', () => {
    const content = storyCardContent(story);
    expect(content).toEqual({
      kicker: 'THE REGISTER',
      headline: "Xen Project's plan after AWS goes KVM: Talk up embedded future",
      standfirst: 'AWS changes its tune, multi-hypervisor plan is its future',
      quote: '“I think this puts the final nail in the coffin of Xen.”',
      attribution: '— Michael Warrilow, research veep for infrastructure software, Gartner',
      footer: 'The Register · updated November 24',
    });
    for (const text of layoutStoryCard(content).texts)
      expect([text.name, text.fitted.truncated, text.fitted.overflow]).toEqual([text.name, false, false]);
  });

  it('has alt text for screen readers', async () => {
    const { description } = await storyCardFile(story);
    expect(description).toMatch(/^Story card\. Xen Project's plan after AWS goes KVM/);
    expect(description.length).toBeLessThanOrEqual(1024);
  });
});

describe('the timeline image', () => {
  it('is a valid PNG 1200 wide, as tall as its events need', async () => {
    const file = await timelineImageFile(story);
    const image = decode(file.data);
    const layout = layoutTimeline(timelineContent(story));
    expect([image.width, image.height]).toEqual([1200, layout.height]);
  });

  it('shows every event in order, with its date where the story gives one and who acted', () => {
    const { entries } = timelineContent(story);
    expect(entries.map((e) => e.when)).toEqual(story.timeline.map((e) => e.when));
    expect(entries.at(1)).toMatchObject({ when: 'November', actors: 'Chris Schlaeger, Xen Project' });
    expect(entries.at(-1)).toMatchObject({
      when: 'November 24',
      title: 'AWS tells TechTarget something else',
      actors: 'AWS, TechTarget',
    });
    const layout = layoutTimeline(timelineContent(story));
    expect(layout.texts.filter((t) => t.fitted.truncated || t.fitted.overflow)).toEqual([]);
  });
});

describe('rendering once', () => {
  it('renders each image once and reuses the bytes', async () => {
    await warmImages(story);
    const [first, second] = [await storyCardFile(story), await storyCardFile(story)];
    expect(second.data).toBe(first.data);
    expect((await timelineImageFile(story)).data).toBe((await timelineImageFile(story)).data);
  });
});

describe('golden images (refresh on purpose with `npm run goldens:update`)', () => {
  it.each(Object.keys(goldenImages))('%s matches its golden within a small tolerance', async (name) => {
    const render = goldenImages[name];
    if (!render) throw new Error(`no renderer for ${name}`);
    const actual = decode(await render());
    const golden = decode(readFileSync(join(goldenDir, name)));
    expect([actual.width, actual.height]).toEqual([golden.width, golden.height]);
    const differing = pixelmatch(actual.data, golden.data, undefined, golden.width, golden.height, { threshold: 0.1 });
    // Anti-aliasing may differ by a few pixels between machines; a layout change moves thousands.
    expect(differing / (golden.width * golden.height)).toBeLessThan(0.002);
  });
});
