import { discordLimits } from '../core/limits.js';
import { composeShareUrl, type SharedPost } from './compose-url.js';
import { measurePost, type PostMeasure } from './measure.js';
import type { SocialNetwork } from './networks.js';

/** One network's share option for a post: how it measures there, and its compose link if it can have one. */
export interface ShareOption {
  network: SocialNetwork;
  measure: PostMeasure;
  /** The compose URL for a link button, or null with the reason when there can be none. */
  url: string | null;
  problem?: ShareProblem;
}

/** Why a network gets no button: it shares links only and the post has none, or its link is too long for one. */
export type ShareProblem = { kind: 'no-link' } | { kind: 'url-too-long'; length: number; limit: number };

/** Measures the post for each network and builds the compose links a link button can carry (≤ 512 characters). */
export function planShares(post: SharedPost, networks: readonly SocialNetwork[], mastodonInstance: string): ShareOption[] {
  return networks.map((network) => {
    const measure = measurePost(network, post.text);
    const url = composeShareUrl(network, post, mastodonInstance);
    if (url === null) return { network, measure, url, problem: { kind: 'no-link' } };
    if (url.length > discordLimits.linkUrl)
      return { network, measure, url: null, problem: { kind: 'url-too-long', length: url.length, limit: discordLimits.linkUrl } };
    return { network, measure, url };
  });
}
