import * as z from 'zod';
import { discordLimits } from '../core/limits.js';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase-kebab id');
const text = z.string().trim().min(1, 'must not be empty');
const paragraphId = z.number().int().positive();

export const storyFileSchema = z.strictObject({
  headline: text.max(256),
  standfirst: text.max(256),
  publication: text,
  /** What the story is about, in a word: the teasers beside it are labelled "not about" it. */
  topic: text.max(40),
  kicker: text,
  /** Where and when the article ran, as the publisher's site gives it; the text itself carries no year. */
  article: z.strictObject({
    url: z.url({ protocol: /^https$/ }),
    published: z.iso.date(),
    updated: z.iso.date(),
    /** The text names no author; null says so rather than leaving it out. */
    byline: text.nullable(),
    footer: text,
    /** Where these facts come from, for a reader of the data. */
    source: text,
  }),
  /** The quote the story card shows: the one line that sums up the story's stakes. */
  cardQuote: id,
  articleFile: text,
  update: z.strictObject({
    date: text,
    note: text.max(1024),
    paragraphs: z.array(paragraphId).min(1),
  }),
  paragraphs: z
    .array(
      z.strictObject({
        id: paragraphId,
        part: z.enum(['body', 'update', 'related']),
        related: id.optional(),
        text: text.max(1024),
      }),
    )
    .min(1),
});

export const organisationsFileSchema = z.strictObject({
  organisations: z.array(
    z.strictObject({
      id,
      name: text.max(100),
      fullName: text.max(100),
      aliases: z.array(text.max(100)),
      role: text.max(300),
      /** Organisations it speaks for, as the article says ("The Linux Foundation, which speaks for the Project"). */
      speaksFor: z.array(id).optional(),
    }),
  ),
});

export const peopleFileSchema = z.strictObject({
  people: z.array(
    z.strictObject({
      id,
      name: text.max(100),
      title: text.max(200).nullable(),
      organisation: id,
      aliases: z.array(text.max(100)),
      role: text.max(300),
      paragraphs: z.array(paragraphId),
    }),
  ),
});

export const quotesFileSchema = z.strictObject({
  quotes: z.array(
    z.strictObject({
      id,
      text: text.max(900),
      speaker: id.nullable(),
      organisation: id,
      paragraph: paragraphId,
      /** To whom or where it was said, as a phrase: "to TechTarget", "in AWS's previous posts". */
      saidTo: z
        .string()
        .regex(/^(to|in|on) \S/, 'must start with "to", "in" or "on"')
        .max(200),
      context: text.max(300),
    }),
  ),
});

export const timelineFileSchema = z.strictObject({
  events: z.array(
    z.strictObject({
      id,
      order: z.number().int().positive(),
      date: text.nullable(),
      /**
       * "reported": the date is when the story reported the event (its update), not when it
       * happened, which the story does not say.
       */
      dated: z.literal('reported').optional(),
      when: text.max(100),
      actors: z.array(id).min(1),
      title: text.max(100),
      text: text.max(400),
      paragraphs: z.array(paragraphId).min(1),
    }),
  ),
});

export const claimsFileSchema = z.strictObject({
  claims: z.array(
    z.strictObject({
      id,
      keyPoint: z.boolean(),
      text: text.max(300),
      by: z.array(id).min(1),
      paragraphs: z.array(paragraphId).min(1),
    }),
  ),
});

export const socialFileSchema = z.strictObject({
  templates: z
    .array(
      z.strictObject({
        id,
        label: text.max(100),
        text: text.max(1000),
        publishedBy: id,
        paragraph: paragraphId,
        hashtags: z.array(z.string().regex(/^#\w+$/)),
        mentions: z.array(z.string().regex(/^@\w+$/)),
        link: z.url({ protocol: /^https?$/ }).nullable(),
        /** Whom the story says it is for, in its words ("members' social media posts"); null where it does not say. */
        audience: text.max(200).nullable(),
        default: z.boolean(),
      }),
    )
    .min(1)
    // Each template is a choice of /xen-news's `variant` option, whose definition is built on first use.
    .max(discordLimits.choices),
});

export const relatedFileSchema = z.strictObject({
  /** The heading the page prints over the teasers, as printed; null where it prints none. */
  heading: text.max(256).nullable(),
  stories: z.array(
    z.strictObject({
      id,
      title: text.max(256),
      standfirst: text.max(256),
      /** The teasers are other stories the page showed, not necessarily from the story's year. */
      year: z.number().int().min(1990).max(2100),
      paragraphs: z.array(paragraphId).min(1),
      facts: z.array(text.max(300)).min(1),
    }),
  ),
});

/** Every data file the bot loads, by file name, with the schema it must satisfy. */
export const dataFiles = {
  'story.json': storyFileSchema,
  'organisations.json': organisationsFileSchema,
  'people.json': peopleFileSchema,
  'quotes.json': quotesFileSchema,
  'timeline.json': timelineFileSchema,
  'claims.json': claimsFileSchema,
  'social.json': socialFileSchema,
  'related.json': relatedFileSchema,
} as const;

export type StoryFile = z.infer<typeof storyFileSchema>;
export type Paragraph = StoryFile['paragraphs'][number];
export type Organisation = z.infer<typeof organisationsFileSchema>['organisations'][number];
export type Person = z.infer<typeof peopleFileSchema>['people'][number];
export type Quote = z.infer<typeof quotesFileSchema>['quotes'][number];
export type TimelineEvent = z.infer<typeof timelineFileSchema>['events'][number];
export type Claim = z.infer<typeof claimsFileSchema>['claims'][number];
export type SocialTemplate = z.infer<typeof socialFileSchema>['templates'][number];
export type RelatedStory = z.infer<typeof relatedFileSchema>['stories'][number];
