import type { Story } from '../story/load.js';
import type { Quote } from '../story/schema.js';

/** The display name of a person or organisation id ("Michael Warrilow", "Gartner"). */
export function actorName(story: Story, id: string): string {
  return story.personById.get(id)?.name ?? story.organisationById.get(id)?.name ?? id;
}

/** Who said a quote, by the quote's own data: the person, when there is one, and the organisation. */
export interface Speaker {
  /** The person's name, or the organisation's short name for a quote from an organisation. */
  name: string;
  /** The person's title; null for an organisation, or a person the story gives none. */
  title: string | null;
  /** The organisation's short name ("AWS") and full name ("Amazon Web Services"). */
  organisation: string;
  organisationFullName: string;
  isPerson: boolean;
}

/** The one reading of a quote's speaker, for every place that attributes a quote. */
export function speakerOf(story: Story, quote: Pick<Quote, 'speaker' | 'organisation'>): Speaker {
  const organisation = story.organisationById.get(quote.organisation);
  const organisationName = organisation?.name ?? quote.organisation;
  const organisationFullName = organisation?.fullName ?? organisationName;
  const person = quote.speaker ? story.personById.get(quote.speaker) : undefined;
  if (!person)
    return { name: organisationName, title: null, organisation: organisationName, organisationFullName, isPerson: false };
  return { name: person.name, title: person.title ?? null, organisation: organisationName, organisationFullName, isPerson: true };
}

/** "Michael Warrilow, research vice president … for infrastructure software, Gartner" or "Linux Foundation". */
export function describeSpeaker(story: Story, quote: Pick<Quote, 'speaker' | 'organisation'>): string {
  const speaker = speakerOf(story, quote);
  if (!speaker.isPerson) return speaker.organisation;
  return [speaker.name, speaker.title, speaker.organisation].filter((part) => part).join(', ');
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
