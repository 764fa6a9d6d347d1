/** What a scrubbed secret is replaced with, in logs and in error lines alike. */
export const redacted = '[redacted]';

/** A value shorter than this is not scrubbed: replacing a short string everywhere would garble lines, not protect them. */
const minimumSecretLength = 16;

/**
 * The secrets in an environment that no line may show: DISCORD_TOKEN's value and its last
 * dot-separated part (the signature: the part that makes it a credential; the others are an id and a
 * timestamp), whatever shape the value has.
 */
export function secretsIn(env: NodeJS.ProcessEnv): string[] {
  const token = env.DISCORD_TOKEN?.trim();
  if (!token) return [];
  const signature = token.split('.').at(-1) ?? '';
  return [token, signature].filter((secret) => secret.length >= minimumSecretLength);
}

/** A function that replaces every occurrence of each secret in a text with {@link redacted}. */
export function createScrubber(secrets: readonly string[]): (text: string) => string {
  // Longest first, so a whole token is replaced before its own last part is looked for.
  const ordered = [...new Set(secrets)].filter((secret) => secret.length > 0).sort((a, b) => b.length - a.length);
  if (ordered.length === 0) return (text) => text;
  return (text) => {
    let scrubbed = text;
    for (const secret of ordered) if (scrubbed.includes(secret)) scrubbed = scrubbed.replaceAll(secret, redacted);
    return scrubbed;
  };
}
