import { describe, expect, it } from 'vitest';
import { describeSpeaker, speakerOf } from '../../src/render/attribution.js';
import { getStory, type Story } from '../../src/story/load.js';

const story = getStory();
/** The story with Gartner's analyst given no title, as a story may leave a person's title out. */
const untitled: Story = {
  ...story,
  personById: new Map(
    [...story.personById].map(([id, person]) => [id, id === 'michael-warrilow' ? { ...person, title: null } : person]),
  ),
};

describe('one attribution of a quote, for every place that shows one', () => {
  it("names a person with their title and organisation, as the story's data gives them", () => {
    expect(describeSpeaker(story, { speaker: 'michael-warrilow', organisation: 'gartner' })).toBe(
      `Michael Warrilow, ${story.personById.get('michael-warrilow')?.title}, Gartner`,
    );
  });

  it('leaves out a title the story does not give, never writing "null"', () => {
    expect(describeSpeaker(untitled, { speaker: 'michael-warrilow', organisation: 'gartner' })).toBe('Michael Warrilow, Gartner');
  });

  it('names an organisation by its short and full names when no person spoke', () => {
    expect(speakerOf(story, { speaker: null, organisation: 'aws' })).toEqual({
      name: 'AWS',
      title: null,
      organisation: 'AWS',
      organisationFullName: 'Amazon Web Services',
      isPerson: false,
    });
  });
});
