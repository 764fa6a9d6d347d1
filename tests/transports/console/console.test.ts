import { spawn } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { describe, expect, it, vi } from 'vitest';
import { runConsole } from '../../../src/transports/console/console.js';
import { commands } from '../../helpers/commands.js';
import { outputOf } from '../../helpers/entry-point.js';
import { handle } from '../../helpers/handler.js';

async function consoleSession(lines: string[], json: boolean): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk) => {
    text += String(chunk);
  });
  const done = runConsole({ commands, handler: handle, input, output, json });
  input.end(`${lines.join('\n')}\n`);
  await done;
  return text;
}

describe('console --json', () => {
  it("builds a command's definition only when a line needs it: /quote first leaves /xen-news's unbuilt", async () => {
    const built: string[] = [];
    const counted = commands.map((command) => ({
      ...command,
      data: {
        name: command.data.name,
        toJSON: () => {
          built.push(command.data.name);
          return command.data.toJSON();
        },
      },
    }));
    const input = new PassThrough();
    const output = new PassThrough();
    const answers: { reply?: { embeds: { title: string }[] } }[] = [];
    output.on('data', (chunk) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) answers.push(JSON.parse(line));
    });
    const done = runConsole({ commands: counted, handler: handle, input, output, json: true });
    input.write('/quote gartner\n');
    await vi.waitFor(() => expect(answers).toHaveLength(1));
    expect(answers[0]?.reply?.embeds[0]?.title).toBe('What Gartner said');
    expect(built).toEqual(['quote']);
    input.end('/xen-news section:people\n/xen-news section:update\n');
    await done;
    expect(answers[1]?.reply?.embeds[0]?.title).toBe('People in the story');
    expect(built).toEqual(['quote', 'xen-news']);
  });

  it('gives exactly one JSON line per input line, in order', async () => {
    const lines = [
      '/quote gartner',
      'not a command',
      '/xen-news section:people',
      'complete /quote source:warr',
      'press xen-news:open:update',
      '',
    ];
    const out = (await consoleSession(lines, true))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.input)).toEqual(lines);
    expect(out[0].reply.embeds[0].title).toBe('What Gartner said');
    expect(out[1].error).toMatch(/Type a slash command/);
    expect(out[2].reply.embeds[0].title).toBe('People in the story');
    expect(out[3].choices[0]).toEqual({ name: 'Michael Warrilow (Gartner)', value: 'michael-warrilow' });
    expect(out[4].reply).toMatchObject({ flags: 64, embeds: [{ title: 'Nov 24, 2017 update' }] });
    expect(out[5].error).toBeDefined();
  });

  it('suggests questions the story answers while one is typed', async () => {
    const [out] = (await consoleSession(['complete /xen-news question:who is warr'], true))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.choices[0]).toEqual({ name: 'Who is Michael Warrilow?', value: 'Who is Michael Warrilow?' });
  });
});

describe('console, interactive', () => {
  it('renders embeds as text and presses a numbered button', async () => {
    const out = await consoleSession(['/xen-news', '1', 'help', 'exit'], false);
    expect(out).toContain("Xen Project's plan after AWS goes KVM: Talk up embedded future");
    expect(out).toMatch(/\[1\] Timeline/);
    expect(out).toContain('(only you can see this)');
    expect(out).toContain('1. Before the Nov 2017 call');
    expect(out).toContain('/quote source:');
  });
});

describe('npm start in a fresh shell', () => {
  it('runs the console from the real entry point: three documented lines, three JSON replies, exit 0', async () => {
    const child = spawn('npm', ['start', '--silent', '--', '--console', '--json'], {
      // vitest sets MODE=test in its own environment; a user's shell has no MODE.
      env: { ...process.env, DISCORD_TOKEN: '', MODE: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child.stdin.end('/quote gartner\n/xen-news\n/xen-news section:social\n');
    const { code, stdout } = await outputOf(child);
    expect(code).toBe(0);
    const [quote, summary, social] = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    const quoteText = JSON.stringify(quote.reply);
    expect(quoteText).toContain('final nail in the coffin');
    expect(quoteText).toContain('Michael Warrilow');
    expect(quoteText).toContain('Gartner');
    expect(summary.reply.embeds[0].title).toBe("Xen Project's plan after AWS goes KVM: Talk up embedded future");
    expect(social.reply.content).toContain('#cloud and #server');
    expect(social.reply.content).toContain('http://bit.ly/2mPf0Wf');
  });
});
