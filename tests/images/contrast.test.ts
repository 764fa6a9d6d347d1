import { describe, expect, it } from 'vitest';
import { contrastRatio, requiredContrast } from '../../src/images/contrast.js';
import { layoutStoryCard, storyCardContent } from '../../src/images/story-card.js';
import { layoutTimeline, timelineContent } from '../../src/images/timeline-image.js';
import { getStory } from '../../src/story/load.js';

describe('WCAG contrast', () => {
  it('computes the known ratios', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('passes AA for every text the images draw, at the size it is drawn, on what it is drawn over', () => {
    const story = getStory();
    const texts = [...layoutStoryCard(storyCardContent(story)).texts, ...layoutTimeline(timelineContent(story)).texts];
    expect(new Set(texts.map((t) => t.background)).size).toBeGreaterThan(1);
    for (const text of texts) {
      const ratio = contrastRatio(text.color, text.background);
      expect({ name: text.name, passes: ratio >= requiredContrast(text.fitted.fontSize, text.weight === 700) }).toEqual({
        name: text.name,
        passes: true,
      });
    }
  });
});
