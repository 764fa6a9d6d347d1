import type { Story } from '../story/load.js';
import type { Quote } from '../story/schema.js';

/** The display name of a person or organisation id ("Michael Warrilow", "Gartner"). */
export function actorName(story: Story, id: string): string {
  return story.personById.get(id)?.name ?? story.organisationById.get(id)?.name ?? id;
}

/** "Michael Warrilow, research vice president … for infrastructure software, Gartner" or "Linux Foundation". */
export function describeSpeaker(story: Story, quote: Quote): string {
  const organisation = story.organisationById.get(quote.organisation)?.name ?? quote.organisation;
  const person = quote.speaker ? story.personById.get(quote.speaker) : undefined;
  if (!person) return organisation;
  return person.title ? `${person.name}, ${person.title}, ${organisation}` : `${person.name}, ${organisation}`;
}

/** The quote's attribution line: who said it, to whom, and where in the story. */
export function attributeQuote(story: Story, quote: Quote): string {
  return `— ${describeSpeaker(story, quote)} · ${quote.saidTo} · ¶${quote.paragraph}`;
}

/** A quote as a Discord block quote, verbatim. */
export function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}
