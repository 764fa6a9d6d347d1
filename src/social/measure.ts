import { createRequire } from 'node:module';
import type TwitterText from 'twitter-text';
import type { SocialNetwork } from './networks.js';

let twitterTextModule: typeof TwitterText | undefined;
/** twitter-text takes tens of milliseconds to load: loaded with the first post measured, not at start-up. */
function twitterText(): typeof TwitterText {
  twitterTextModule ??= createRequire(import.meta.url)('twitter-text') as typeof TwitterText;
  return twitterTextModule;
}

/** How a post measures against one network's limit. */
export type PostMeasure =
  | { counts: true; used: number; limit: number; unit: 'characters' | 'graphemes'; fits: boolean; over: number }
  /** The network takes no text (LinkedIn shares a link and builds the preview from the page). */
  | { counts: false };

/** Mastodon counts every link as 23 characters, whatever its length, as X does. */
const mastodonUrlLength = 23;
// Made with the first post measured: ICU's segmentation data cost about 2.5 MB.
let graphemes: Intl.Segmenter | undefined;

export function countGraphemes(text: string): number {
  graphemes ??= new Intl.Segmenter('en', { granularity: 'grapheme' });
  let count = 0;
  for (const _ of graphemes.segment(text)) count += 1;
  return count;
}

function measured(used: number, limit: number, unit: 'characters' | 'graphemes'): PostMeasure {
  return { counts: true, used, limit, unit, fits: used <= limit, over: Math.max(0, used - limit) };
}

/**
 * Mastodon's own rule (StatusLengthValidator): links count 23, a remote mention `@user@domain`
 * counts as `@user`, everything else by grapheme. Links are found with twitter-text's URL
 * extractor, the one Mastodon's own link detection derives from.
 */
function mastodonLength(text: string): number {
  let countable = '';
  let from = 0;
  for (const { indices } of twitterText().extractUrlsWithIndices(text, { extractUrlsWithoutProtocol: false })) {
    countable += text.slice(from, indices[0]) + 'x'.repeat(mastodonUrlLength);
    from = indices[1];
  }
  countable += text.slice(from);
  return countGraphemes(countable.replace(/(^|[^\w/])@(\w+)@[\w.-]+\w/g, '$1@$2'));
}

/**
 * twitter-text's parse costs a few hundred µs, and the posts are the data's few templates: measured
 * once each. The bound keeps the cache small whatever text comes in.
 */
const measuredPosts = new Map<string, PostMeasure>();
const cacheLimit = 64;

/** Measures `text` the way `network` does when someone posts it. */
export function measurePost(network: SocialNetwork, text: string): PostMeasure {
  const key = `${network}\u0000${text}`;
  const known = measuredPosts.get(key);
  if (known) return known;
  if (measuredPosts.size >= cacheLimit) measuredPosts.clear();
  const measure = measureUncached(network, text);
  measuredPosts.set(key, measure);
  return measure;
}

function measureUncached(network: SocialNetwork, text: string): PostMeasure {
  switch (network) {
    // twitter-text implements X's weighting (most CJK and emoji weigh 2) and 23 per URL.
    case 'x':
      return measured(twitterText().parseTweet(text).weightedLength, 280, 'characters');
    case 'bluesky':
      return measured(countGraphemes(text), 300, 'graphemes');
    case 'mastodon':
      return measured(mastodonLength(text), 500, 'characters');
    case 'threads':
      return measured(countGraphemes(text), 500, 'characters');
    case 'linkedin':
      return { counts: false };
  }
}
