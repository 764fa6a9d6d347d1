/** The networks a template can be shared to, in the order their buttons appear. */
export const socialNetworks = ['x', 'bluesky', 'mastodon', 'linkedin', 'threads'] as const;
export type SocialNetwork = (typeof socialNetworks)[number];

export const networkNames: Readonly<Record<SocialNetwork, string>> = {
  x: 'X',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  linkedin: 'LinkedIn',
  threads: 'Threads',
};
