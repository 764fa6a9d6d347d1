import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { defaultDataDir } from '../story/load.js';

const phrase = z.string().trim().min(1, 'must not be empty').max(80);

export const questionTypeNames = [
  'expansion',
  'howmany',
  'when',
  'why',
  'said',
  'recipient',
  'who',
  'where',
  'list',
  'yesno',
] as const;
export const intentNames = ['headline', 'standfirst', 'update', 'related', 'template', 'publication', 'role'] as const;

/** The language data of the question-answering engine: everything about English, nothing about this story. */
export const lexiconFileSchema = z
  .strictObject({
    /** Slang and misspellings rewritten before anything else: "wat" → "what". */
    spelling: z.record(phrase, phrase),
    /** Irregular forms the light stemmer would get wrong: "told" → "tell". */
    stems: z.record(phrase, phrase),
    stopwords: z.array(phrase).min(1),
    /** Cue phrases per question type; `*` stands for a few words (the subject). */
    questionTypes: z.strictObject(
      Object.fromEntries(questionTypeNames.map((name) => [name, z.array(phrase).min(1)])) as Record<
        (typeof questionTypeNames)[number],
        z.ZodArray<typeof phrase>
      >,
    ),
    /** Phrases asking for a part of the story itself (its headline, its update, its template...). */
    intents: z.strictObject(
      Object.fromEntries(
        intentNames.map((name) => [name, z.array(phrase.refine((p) => !p.includes('*'), 'must not contain "*"')).min(1)]),
      ) as Record<(typeof intentNames)[number], z.ZodArray<z.ZodString>>,
    ),
    /** Groups of words and phrases meaning the same here; the first one names the group. */
    synonyms: z.array(z.array(phrase).min(2)),
    /** "which <noun>" asks for one of these: story words, or @org, @person, @mention, @link, @hashtag. */
    kinds: z.record(phrase, z.array(phrase).min(1)),
    /** Names the story never mentions that a question may (other vendors, people); always unknown. */
    outsiders: z.array(phrase),
    /** Suggestion patterns; {person} and {source} are filled from the story. */
    suggestions: z.array(phrase).min(3),
  })
  .superRefine((lexicon, ctx) => {
    // A word that is both a stopword and a synonym would silently vanish or not, depending on order.
    const stop = new Set(lexicon.stopwords.map((w) => w.toLowerCase()));
    const seen = new Map<string, number>();
    lexicon.synonyms.forEach((group, i) =>
      group.forEach((member, j) => {
        const key = member.toLowerCase();
        if (!key.includes(' ') && stop.has(key))
          ctx.addIssue({ code: 'custom', path: ['synonyms', i, j], message: `"${member}" is also a stopword` });
        const other = seen.get(key);
        if (other !== undefined && other !== i)
          ctx.addIssue({ code: 'custom', path: ['synonyms', i, j], message: `"${member}" is already in group ${other}` });
        seen.set(key, i);
      }),
    );
  });

export type Lexicon = z.infer<typeof lexiconFileSchema>;
export type QuestionTypeName = (typeof questionTypeNames)[number];
export type IntentName = (typeof intentNames)[number];

/** Raised when data/lexicon.json is missing, not JSON, or breaks its schema. */
export class LexiconDataError extends Error {
  override readonly name = 'LexiconDataError';
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), '$');
}

/** Reads and validates a lexicon file; errors name the file and the JSON path. */
export function loadLexicon(path: string = join(defaultDataDir, 'lexicon.json')): Lexicon {
  const file = `data/${path.split(/[\\/]/).pop() ?? 'lexicon.json'}`;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    throw new LexiconDataError(
      `${file}: ${code ? `cannot be read (${code})` : `is not valid JSON (${(cause as Error).message})`}`,
      {
        cause,
      },
    );
  }
  // Parsed once per process: compiling zod's fast path (jit) would cost more than it saves.
  const result = lexiconFileSchema.safeParse(json, { jitless: true });
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
      .join('; ');
    throw new LexiconDataError(`${file}: ${problems}`);
  }
  return result.data;
}

let cached: Lexicon | undefined;

/** The lexicon next to the story data (XEN_NEWS_DATA_DIR, else data/), loaded once per process. */
export function getLexicon(): Lexicon {
  if (!cached) {
    const dir = process.env.XEN_NEWS_DATA_DIR;
    let path = join(defaultDataDir, 'lexicon.json');
    if (dir) {
      try {
        readFileSync(join(dir, 'lexicon.json'));
        path = join(dir, 'lexicon.json');
      } catch {
        // A story folder without its own lexicon uses the shipped one: the language is the same.
      }
    }
    cached = loadLexicon(path);
  }
  return cached;
}
