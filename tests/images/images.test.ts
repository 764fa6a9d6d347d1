import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { rasterise } from '../../src/images/draw.js';
import { storyCardFile, timelineImageFile, warmImages } from '../../src/images/files.js';
import { drawStoryCard, layoutStoryCard, storyCardContent, storyCardSize } from '../../src/images/story-card.js';
import { drawTimeline, layoutTimeline, timelineContent, timelineSize } from '../../src/images/timeline-image.js';
import { getStory, type Story } from '../../src/story/load.js';
import { goldenDir, goldenImages } from './golden.js';

const story = getStory();

function decode(png: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(png));
}

/** The PNG colour type, from the IHDR chunk: 3 is a palette image, 6 is RGBA. */
function colourType(png: Uint8Array): number | undefined {
  return png[25];
}

/** The story with the card quote's speaker given no title, as people.json allows. */
function withUntitledCardSpeaker(source: Story): Story {
  const speaker = source.quotes.find((q) => q.id === source.meta.cardQuote)?.speaker;
  if (!speaker) throw new Error('the card quote has no speaker');
  const personById = new Map(source.personById);
  const person = personById.get(speaker);
  if (!person) throw new Error(`no person ${speaker}`);
  personById.set(speaker, { ...person, title: null });
  return { ...source, personById };
}

describe('the story card', () => {
  it('is a valid 1200×630 PNG, the size social networks preview', async () => {
    const file = await storyCardFile(story);
    expect(file).toMatchObject({ name: 'story-card.png', contentType: 'image/png' });
    const image = decode(file.data);
    expect([image.width, image.height]).toEqual([storyCardSize.width, storyCardSize.height]);
  });

  it('says the headline, standfirst, the Gartner quote with attribution, the publication and both dates with their year', () => {
    const content = storyCardContent(story);
    expect(content).toEqual({
      kicker: 'THE REGISTER',
      headline: "Xen Project's plan after AWS goes KVM: Talk up embedded future",
      standfirst: 'AWS changes its tune, multi-hypervisor plan is its future',
      quote: '“I think this puts the final nail in the coffin of Xen.”',
      attribution: '— Michael Warrilow, research veep for infrastructure software, Gartner',
      footer: 'The Register · Nov 22, 2017 · updated Nov 24, 2017',
    });
    for (const text of layoutStoryCard(content).texts)
      expect([text.name, text.fitted.truncated, text.fitted.overflow]).toEqual([text.name, false, false]);
  });

  it('takes the dates from the article, and names one date when the article was never updated', () => {
    const unchanged = { ...story, meta: { ...story.meta, article: { ...story.meta.article, updated: '2017-11-22' } } };
    expect(storyCardContent(unchanged).footer).toBe('The Register · Nov 22, 2017');
  });

  it('attributes a speaker without a title by name and organisation only', () => {
    expect(storyCardContent(withUntitledCardSpeaker(story)).attribution).toBe('— Michael Warrilow, Gartner');
  });

  it('has alt text for screen readers, with the dates', async () => {
    const { description } = await storyCardFile(story);
    expect(description).toMatch(/^Story card\. Xen Project's plan after AWS goes KVM/);
    expect(description).toContain('The Register · Nov 22, 2017 · updated Nov 24, 2017');
    expect(description.length).toBeLessThanOrEqual(1024);
  });
});

describe('the timeline image', () => {
  it('is a valid landscape PNG, 1200×630 like the card', async () => {
    const file = await timelineImageFile(story);
    const image = decode(file.data);
    expect([image.width, image.height]).toEqual([timelineSize.width, timelineSize.height]);
  });

  it('shows every event in order with a short label, the dates with their year, and leaves the details to the text', () => {
    const { entries } = timelineContent(story);
    expect(entries).toHaveLength(story.timeline.length);
    expect(entries.map((e) => e.title)).toEqual(story.timeline.map((e) => e.title));
    expect(entries.at(0)).toEqual({ when: 'Before the Nov 2017 call', title: 'AWS documents reveal the KVM plan' });
    expect(entries.at(1)).toEqual({ when: 'Nov 2017', title: "The Xen Project's Advisory Board call" });
    expect(entries.at(-1)).toEqual({ when: 'Nov 24, 2017', title: 'Update: AWS told TechTarget otherwise' });
    const layout = layoutTimeline(timelineContent(story));
    expect(layout.hidden).toBe(0);
    expect(layout.texts.filter((t) => t.fitted.truncated || t.fitted.overflow)).toEqual([]);
  });

  it('has alt text naming each event it shows, as shown', async () => {
    const { description } = await timelineImageFile(story);
    expect(description).toMatch(
      /^Timeline of the story, 7 events: 1\. Before the Nov 2017 call: AWS documents reveal the KVM plan; 2\. /,
    );
    expect(description).toMatch(/7\. Nov 24, 2017: Update: AWS told TechTarget otherwise\.$/);
  });

  it('says in its alt text how many events it left to the list below', async () => {
    const events = Array.from({ length: 12 }, (_, i) => ({ ...story.timeline[0], id: `event-${i}`, title: `Event ${i + 1}` }));
    const crowded = { ...story, timeline: events } as Story;
    const { hidden } = layoutTimeline(timelineContent(crowded));
    expect(hidden).toBeGreaterThan(0);
    const { description } = await timelineImageFile(crowded);
    expect(description).toContain(
      `${12 - hidden}. Before the Nov 2017 call: Event ${12 - hidden}; and ${hidden} more in the list below.`,
    );
  });
});

describe('small PNGs', () => {
  /** Each image as resvg draws it (RGBA) and as the bot ships it. */
  const images = {
    'story card': async () => {
      const layout = layoutStoryCard(storyCardContent(story));
      return { drawn: await rasterise(drawStoryCard(layout), layout.width, layout.height), shipped: await storyCardFile(story) };
    },
    timeline: async () => {
      const layout = layoutTimeline(timelineContent(story));
      return {
        drawn: await rasterise(drawTimeline(layout), layout.width, layout.height),
        shipped: await timelineImageFile(story),
      };
    },
  };

  it.each(Object.entries(images))(
    'the %s is a palette PNG with exactly the pixels the renderer drew, in fewer bytes',
    async (_, image) => {
      const { drawn, shipped } = await image();
      expect([colourType(drawn), colourType(shipped.data)]).toEqual([6, 3]);
      expect(shipped.data.byteLength).toBeLessThan(drawn.byteLength / 2);
      expect(Buffer.compare(decode(shipped.data).data, decode(drawn).data)).toBe(0);
    },
  );
});

describe('rendering once per story', () => {
  it('renders each image once and reuses the bytes', async () => {
    await warmImages(story);
    const [first, second] = [await storyCardFile(story), await storyCardFile(story)];
    expect(second.data).toBe(first.data);
    expect((await timelineImageFile(story)).data).toBe((await timelineImageFile(story)).data);
  });

  it("gives another story its own pictures, never the first one's", async () => {
    const other: Story = { ...story, meta: { ...story.meta, headline: 'A different story altogether' } };
    const [card, otherCard] = [await storyCardFile(story), await storyCardFile(other)];
    expect(otherCard.data).not.toBe(card.data);
    expect(Buffer.compare(Buffer.from(otherCard.data), Buffer.from(card.data))).not.toBe(0);
    expect(otherCard.description).toMatch(/^Story card\. A different story altogether\./);
    expect((await timelineImageFile(other)).description).toBe((await timelineImageFile(story)).description);
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
