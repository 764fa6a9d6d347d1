import type { SocialNetwork } from './networks.js';

/** What a share button pre-fills: the post's text, and its link where the network takes one separately. */
export interface SharedPost {
  text: string;
  link: string | null;
}

const q = encodeURIComponent;

/**
 * The URL that opens `network`'s compose window with the post filled in, or null when the network
 * has nothing to share (LinkedIn takes only a link, and the post has none). Values are percent-encoded
 * with encodeURIComponent (space as %20, which every one of these decodes; `+` is kept for form posts).
 */
export function composeShareUrl(network: SocialNetwork, post: SharedPost, mastodonInstance: string): string | null {
  switch (network) {
    case 'x':
      return `https://x.com/intent/post?text=${q(post.text)}`;
    case 'bluesky':
      return `https://bsky.app/intent/compose?text=${q(post.text)}`;
    case 'mastodon':
      return `https://${mastodonInstance}/share?text=${q(post.text)}`;
    case 'threads':
      return `https://www.threads.com/intent/post?text=${q(post.text)}`;
    case 'linkedin':
      return post.link === null ? null : `https://www.linkedin.com/sharing/share-offsite/?url=${q(post.link)}`;
  }
}
