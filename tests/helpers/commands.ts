import { createCommands } from '../../commands/index.js';
import { getStory } from '../../src/story/load.js';

/** The bot's commands, defined for the repository's story, as `npm start` builds them. */
export const commands = createCommands(getStory());
