import type * as z from 'zod';

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => (typeof key === 'number' ? `${out}[${key}]` : `${out}.${String(key)}`), '$');
}

/**
 * Parses a data file's text as JSON and validates it against `schema`. On failure it throws the
 * error `fail` makes, naming the file and, for a schema problem, the JSON path of each (at most five).
 */
export function parseDataFile<S extends z.ZodType>(
  file: string,
  raw: string,
  schema: S,
  fail: (message: string, options?: { cause: unknown }) => Error,
): z.infer<S> {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (cause) {
    throw fail(`${file}: is not valid JSON (${(cause as Error).message})`, { cause });
  }
  // Parsed once per process: compiling zod's fast path (jit) would cost more than it saves.
  const result = schema.safeParse(json, { jitless: true });
  if (!result.success) {
    const problems = result.error.issues
      .slice(0, 5)
      .map((issue) => `${formatPath(issue.path)}: ${issue.message}`)
      .join('; ');
    throw fail(`${file}: ${problems}`);
  }
  return result.data;
}
