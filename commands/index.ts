import type { AnyCommand } from '../src/core/command.js';
import type { Story } from '../src/story/load.js';
import { quote } from './quote.js';
import { createXenNews } from './xen-news.js';

/**
 * Every command the bot has, defined for `story`. The gateway client, the HTTP endpoint, the
 * console and the deploy script all read this one list, so a command is never dropped by a folder scan.
 */
export function createCommands(story: Story): readonly AnyCommand[] {
  return [createXenNews(story), quote];
}
