import { createHash, type Hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as z from 'zod';
import { projectRoot } from '../project-root.js';
import { parseDataFile } from './data-file.js';
import {
  type Claim,
  dataFiles,
  type Organisation,
  type Paragraph,
  type Person,
  type Quote,
  type RelatedStory,
  type SocialTemplate,
  type StoryFile,
  type TimelineEvent,
} from './schema.js';

/** The whole story, validated and cross-checked, with lookups by id. */
export interface Story {
  /** A digest of the data files as read: what anything built ahead from the data (the images) is keyed on. */
  dataDigest: string;
  /** The folder it was read from: files that go with the story (the question engine's topic file) sit beside it. */
  dataDir: string;
  meta: Omit<StoryFile, 'paragraphs'>;
  paragraphs: readonly Paragraph[];
  organisations: readonly Organisation[];
  people: readonly Person[];
  quotes: readonly Quote[];
  timeline: readonly TimelineEvent[];
  claims: readonly Claim[];
  templates: readonly SocialTemplate[];
  related: readonly RelatedStory[];
  /** The heading over the teasers on the page, or null. */
  relatedHeading: string | null;
  paragraphById: ReadonlyMap<number, Paragraph>;
  personById: ReadonlyMap<string, Person>;
  organisationById: ReadonlyMap<string, Organisation>;
}

/** Raised when a data file is missing, is not JSON, or breaks the schema; the bot must not start. */
export class StoryDataError extends Error {
  override readonly name = 'StoryDataError';
}

export const defaultDataDir = join(projectRoot, 'data');

type DataFileName = keyof typeof dataFiles;
type Parsed<F extends DataFileName> = z.infer<(typeof dataFiles)[F]>;

function readDataFile<F extends DataFileName>(dir: string, file: F, digest: Hash): Parsed<F> {
  const path = join(dir, file);
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new StoryDataError(`data/${file}: cannot be read (${(cause as NodeJS.ErrnoException).code ?? 'error'})`, { cause });
  }
  digest.update(file).update('\0').update(raw).update('\0');
  return parseDataFile(
    `data/${file}`,
    raw,
    dataFiles[file],
    (message, options) => new StoryDataError(message, options),
  ) as Parsed<F>;
}

function indexById<T extends { id: string | number }>(file: string, items: readonly T[], key: string): Map<T['id'], T> {
  const map = new Map<T['id'], T>();
  items.forEach((item, i) => {
    if (map.has(item.id)) throw new StoryDataError(`data/${file}: $.${key}[${i}].id: duplicate id "${item.id}"`);
    map.set(item.id, item);
  });
  return map;
}

/**
 * Loads every file in `data/`, validates it with its schema and checks that every id one file names
 * exists in another. Throws {@link StoryDataError} naming the file, the JSON path and the problem.
 */
export function loadStory(dir: string = defaultDataDir): Story {
  const digest = createHash('sha256');
  const { paragraphs, ...meta } = readDataFile(dir, 'story.json', digest);
  const { organisations } = readDataFile(dir, 'organisations.json', digest);
  const { people } = readDataFile(dir, 'people.json', digest);
  const { quotes } = readDataFile(dir, 'quotes.json', digest);
  const { events } = readDataFile(dir, 'timeline.json', digest);
  const { claims } = readDataFile(dir, 'claims.json', digest);
  const { templates } = readDataFile(dir, 'social.json', digest);
  const { stories: related, heading: relatedHeading } = readDataFile(dir, 'related.json', digest);

  const paragraphById = indexById('story.json', paragraphs, 'paragraphs');
  const organisationById = indexById('organisations.json', organisations, 'organisations');
  const personById = indexById('people.json', people, 'people');
  indexById('quotes.json', quotes, 'quotes');
  indexById('timeline.json', events, 'events');
  indexById('claims.json', claims, 'claims');
  indexById('social.json', templates, 'templates');
  const relatedById = indexById('related.json', related, 'stories');

  const problems: string[] = [];
  const needParagraph = (file: string, path: string, pid: number) => {
    if (!paragraphById.has(pid)) problems.push(`data/${file}: ${path}: unknown paragraph ${pid}`);
  };
  const needActor = (file: string, path: string, actor: string) => {
    if (!personById.has(actor) && !organisationById.has(actor))
      problems.push(`data/${file}: ${path}: unknown person or organisation "${actor}"`);
  };

  meta.update.paragraphs.forEach((p, i) => needParagraph('story.json', `$.update.paragraphs[${i}]`, p));
  paragraphs.forEach((p, i) => {
    if (p.part === 'related' && (!p.related || !relatedById.has(p.related)))
      problems.push(`data/story.json: $.paragraphs[${i}].related: unknown related story "${p.related ?? ''}"`);
  });
  organisations.forEach((o, i) =>
    o.speaksFor?.forEach((id, j) => {
      if (!organisationById.has(id))
        problems.push(`data/organisations.json: $.organisations[${i}].speaksFor[${j}]: unknown organisation "${id}"`);
    }),
  );
  people.forEach((p, i) => {
    if (!organisationById.has(p.organisation))
      problems.push(`data/people.json: $.people[${i}].organisation: unknown organisation "${p.organisation}"`);
    p.paragraphs.forEach((pid, j) => needParagraph('people.json', `$.people[${i}].paragraphs[${j}]`, pid));
  });
  quotes.forEach((q, i) => {
    if (q.speaker !== null && !personById.has(q.speaker))
      problems.push(`data/quotes.json: $.quotes[${i}].speaker: unknown person "${q.speaker}"`);
    if (!organisationById.has(q.organisation))
      problems.push(`data/quotes.json: $.quotes[${i}].organisation: unknown organisation "${q.organisation}"`);
    needParagraph('quotes.json', `$.quotes[${i}].paragraph`, q.paragraph);
  });
  events.forEach((e, i) => {
    e.actors.forEach((a, j) => needActor('timeline.json', `$.events[${i}].actors[${j}]`, a));
    e.paragraphs.forEach((pid, j) => needParagraph('timeline.json', `$.events[${i}].paragraphs[${j}]`, pid));
  });
  claims.forEach((c, i) => {
    c.by.forEach((a, j) => needActor('claims.json', `$.claims[${i}].by[${j}]`, a));
    c.paragraphs.forEach((pid, j) => needParagraph('claims.json', `$.claims[${i}].paragraphs[${j}]`, pid));
  });
  templates.forEach((t, i) => {
    needActor('social.json', `$.templates[${i}].publishedBy`, t.publishedBy);
    needParagraph('social.json', `$.templates[${i}].paragraph`, t.paragraph);
  });
  related.forEach((r, i) =>
    r.paragraphs.forEach((pid, j) => needParagraph('related.json', `$.stories[${i}].paragraphs[${j}]`, pid)),
  );
  if (!quotes.some((q) => q.id === meta.cardQuote))
    problems.push(`data/story.json: $.cardQuote: unknown quote "${meta.cardQuote}"`);
  if (templates.filter((t) => t.default).length !== 1)
    problems.push('data/social.json: $.templates: exactly one template must have "default": true');
  if (problems.length > 0) throw new StoryDataError(problems.slice(0, 5).join('; '));

  return {
    dataDigest: digest.digest('hex'),
    dataDir: dir,
    meta,
    paragraphs,
    organisations,
    people,
    quotes,
    timeline: [...events].sort((a, b) => a.order - b.order),
    claims,
    templates,
    related,
    relatedHeading,
    paragraphById,
    personById,
    organisationById,
  };
}

const loaded = new Map<string, Story>();

/** The story in `dataDir` (by default the repository's `data/`), loaded once per folder. */
export function getStory(dataDir: string = defaultDataDir): Story {
  let story = loaded.get(dataDir);
  if (!story) {
    story = loadStory(dataDir);
    loaded.set(dataDir, story);
  }
  return story;
}
