import fc from 'fast-check';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import type { ImageLayout } from '../../src/images/story-card.js';
import { layoutStoryCard, renderStoryCard } from '../../src/images/story-card.js';
import { layoutTimeline } from '../../src/images/timeline-image.js';

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

function expectInside(layout: ImageLayout) {
  for (const { name, rect, fitted } of layout.texts) {
    expect({ name, overflow: fitted.overflow }).toEqual({ name, overflow: false });
    expect(fitted.width).toBeLessThanOrEqual(rect.width);
    expect(fitted.height).toBeLessThanOrEqual(rect.height);
    expect(rect.x).toBeGreaterThanOrEqual(0);
    expect(rect.y + rect.height).toBeLessThanOrEqual(layout.height);
    expect(rect.x + rect.width).toBeLessThanOrEqual(layout.width);
  }
}

describe('images hold whatever the data says', () => {
  it('the story card lays out any strings inside its boxes, shrinking or cutting with an ellipsis', () => {
    fc.assert(
      fc.property(oddText, oddText, oddText, oddText, oddText, (headline, standfirst, quote, attribution, footer) => {
        expectInside(layoutStoryCard({ kicker: 'THE REGISTER', headline, standfirst, quote, attribution, footer }));
      }),
      { numRuns: 40 },
    );
  });

  it('the timeline lays out any number of events with any strings inside the image', () => {
    const entry = fc.record({ when: oddText, title: oddText, actors: oddText, text: oddText });
    fc.assert(
      fc.property(oddText, fc.array(entry, { minLength: 1, maxLength: 12 }), (subtitle, entries) => {
        expectInside(layoutTimeline({ title: 'Timeline', subtitle, entries }));
      }),
      { numRuns: 25 },
    );
  });

  it('renders odd data to a valid card of the right size', async () => {
    await fc.assert(
      fc.asyncProperty(oddText, oddText, async (headline, quote) => {
        const { png } = await renderStoryCard({
          kicker: 'K',
          headline,
          standfirst: headline,
          quote,
          attribution: quote,
          footer: 'f',
        });
        const image = PNG.sync.read(Buffer.from(png));
        expect([image.width, image.height]).toEqual([1200, 630]);
      }),
      { numRuns: 4 },
    );
  });
});
