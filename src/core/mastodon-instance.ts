import * as z from 'zod';

/**
 * A Mastodon instance as a bare public host name (`mastodon.social`, `fosstodon.org`). A pasted
 * `https://host/` is accepted and trimmed; anything that would let the option steer the link
 * elsewhere (a port, credentials, a path, an IP address, a name without a dot) is refused.
 */
export const mastodonInstanceSchema = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/^https:\/\//, '').replace(/\/$/, ''))
  .pipe(
    z
      .string()
      .max(253, 'is longer than any host name')
      .regex(
        /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/,
        'must be a host name such as mastodon.social or fosstodon.org',
      ),
  );
