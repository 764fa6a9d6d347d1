import type { Story } from '../story/load.js';
import type { RelatedStory } from '../story/schema.js';
import { type Reader, say } from './reader.js';

/** The teaser a paragraph belongs to, if it is not the story's own. */
export function teaserOf(story: Story, paragraph: number): RelatedStory | undefined {
  return story.related.find((related) => related.paragraphs.includes(paragraph));
}

/** The one teaser all these paragraphs come from; undefined when any is the story's own, or they span teasers. */
export function onlyTeaserOf(story: Story, paragraphs: readonly number[]): RelatedStory | undefined {
  const teasers = new Set(paragraphs.map((paragraph) => teaserOf(story, paragraph)));
  const [teaser] = teasers;
  return teasers.size === 1 ? teaser : undefined;
}

/** What a teaser is: "Also on The Register, 2022: not about Xen". */
export function teaserLabel(reader: Reader, story: Story, teaser: RelatedStory): string {
  return say(reader, 'label.teaser', { publication: story.meta.publication, year: teaser.year, topic: story.meta.topic });
}
