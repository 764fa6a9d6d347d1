import type { AnyCommand } from '../src/core/command.js';
import { quote } from './quote.js';
import { xenNews } from './xen-news.js';

/**
 * Every command the bot has. The gateway client, the HTTP endpoint, the console and the deploy
 * script all read this one list, so a command is never dropped by a folder scan.
 */
export const commands: readonly AnyCommand[] = [xenNews, quote];
