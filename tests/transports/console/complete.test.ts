import { describe, expect, it } from 'vitest';
import { completeConsoleLine } from '../../../src/transports/console/complete.js';
import { commands } from '../../helpers/commands.js';
import { handle } from '../../helpers/handler.js';

const definitions = new Map(commands.map((command) => [command.data.name, command.data.toJSON()]));
const complete = (line: string) => completeConsoleLine(line, definitions, handle);

describe('tab completion in the interactive console', () => {
  it('completes command names', async () => {
    expect(await complete('/')).toEqual([['/xen-news ', '/quote '], '/']);
    expect(await complete('/qu')).toEqual([['/quote '], '/qu']);
  });

  it('completes option names of the command being typed', async () => {
    const [candidates, replaced] = await complete('/xen-news sec');
    expect(candidates).toEqual(['section:']);
    expect(replaced).toBe('sec');
  });

  it("completes an option's fixed choices", async () => {
    const [candidates] = await complete('/xen-news section:ti');
    expect(candidates).toEqual(['timeline']);
  });

  it('asks the autocomplete handler for options that have one, as Discord would', async () => {
    const [candidates, replaced] = await complete('/quote source:gar');
    expect(candidates).toContain('gartner');
    expect(replaced).toBe('gar');
  });

  it('offers nothing for an unknown command or a line that does not parse yet', async () => {
    expect(await complete('/nope x')).toEqual([[], '/nope x']);
    for (const line of ['/quote nosuch:x', '/quote source:a source:b', '/xen-news section:nowhere']) {
      const [candidates] = await complete(line);
      expect(candidates).toEqual([]);
    }
  });
});
