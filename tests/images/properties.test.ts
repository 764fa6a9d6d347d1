import fc from 'fast-check';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { type ImageLayout, minimumTextPx, reportLayout } from '../../src/images/layout.js';
import { layoutStoryCard, renderStoryCard, storyCardContent } from '../../src/images/story-card.js';
import { layoutTimeline, renderTimelineImage, timelineContent } from '../../src/images/timeline-image.js';
import { getStory } from '../../src/story/load.js';

/** Text as data might hold it: long, short, unbroken, emoji, RTL, combining marks, odd whitespace. */
const oddText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 400 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
  fc.constantFrom(
    'x'.repeat(500),
    'שלום עולם, مرحبا بالعالم',
    '👨‍👩‍👧 '.repeat(60),
    'e\u0301'.repeat(200),
    'Xen\u00a0'.repeat(120),
    'line\nbreaks\n\n\neverywhere',
    ' ',
  ),
);

/** Legible where Discord shows it: nothing under 28 px, nothing outside its box or the image, no overlaps, AA contrast. */
function expectLegible(layout: ImageLayout) {
  expect(reportLayout(layout).problems).toEqual([]);
  expect(reportLayout(layout).smallestTextPx).toBeGreaterThanOrEqual(minimumTextPx);
}

describe('images are legible at the size Discord shows them, whatever the data says', () => {
  it('the story and its timeline as shipped', () => {
    const story = getStory();
    expectLegible(layoutStoryCard(storyCardContent(story)));
    expectLegible(layoutTimeline(timelineContent(story)));
  });

  it('the story card lays out any strings, shrinking to no less than 28 px, then cutting with an ellipsis', () => {
    fc.assert(
      fc.property(oddText, oddText, oddText, oddText, oddText, (headline, standfirst, quote, attribution, footer) => {
        expectLegible(layoutStoryCard({ kicker: 'THE REGISTER', headline, standfirst, quote, attribution, footer }));
      }),
      { numRuns: 40 },
    );
  });

  it('the timeline shows any number of events with any strings, counting those it has no room for', () => {
    const entry = fc.record({ when: oddText, title: oddText });
    fc.assert(
      fc.property(oddText, fc.array(entry, { minLength: 1, maxLength: 14 }), (subtitle, entries) => {
        const layout = layoutTimeline({ title: 'Timeline', subtitle, entries });
        expectLegible(layout);
        expect([layout.width, layout.height]).toEqual([1200, 630]);
        expect(layout.rows.length + layout.hidden).toBe(entries.length);
        expect(layout.texts.some((t) => t.name === 'more')).toBe(layout.hidden > 0);
      }),
      { numRuns: 25 },
    );
  });

  it('renders odd data to valid images of the right size', async () => {
    await fc.assert(
      fc.asyncProperty(oddText, oddText, async (headline, quote) => {
        const card = await renderStoryCard({
          kicker: 'K',
          headline,
          standfirst: headline,
          quote,
          attribution: quote,
          footer: 'f',
        });
        const timeline = await renderTimelineImage({
          title: 'Timeline',
          subtitle: headline,
          entries: Array.from({ length: 9 }, () => ({ when: quote, title: headline })),
        });
        for (const { png } of [card, timeline]) {
          const image = PNG.sync.read(Buffer.from(png));
          expect([image.width, image.height]).toEqual([1200, 630]);
        }
      }),
      { numRuns: 3 },
    );
  });
});
