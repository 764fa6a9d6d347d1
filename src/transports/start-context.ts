import type { AnyCommand } from '../core/command.js';
import type { CommandDirectory } from '../core/command-directory.js';
import type { InteractionHandler } from '../core/dispatch.js';
import type { ReplyFile } from '../core/interaction.js';
import type { Logger } from '../log.js';
import type { BotMetrics } from '../ops/metrics.js';

/** What the entry point hands a transport when it starts it. */
export interface StartContext {
  commands: readonly AnyCommand[];
  handler: InteractionHandler;
  /** Where the transport records the ids Discord gave the commands, so replies can mention them. */
  commandDirectory: CommandDirectory;
  logger: Logger;
  env: NodeJS.ProcessEnv;
  /** Counters a transport moves (deferrals, rejected signatures, gateway status); no-ops without OPS_PORT. */
  metrics?: BotMetrics;
  /** Every picture a reply can attach, for a transport that serves them by URL (HTTP with PUBLIC_URL). */
  images?: () => Promise<readonly ReplyFile[]>;
  /** Command-line flags after `npm start --`. */
  args: { shards?: string | undefined; out?: string | undefined };
}
