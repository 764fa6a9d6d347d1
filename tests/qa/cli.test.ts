import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const ask = (args: string[], input?: string) =>
  execFileSync(process.execPath, ['--import', 'tsx', 'src/qa/cli/ask.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    input,
  });

describe('npm run ask', () => {
  it('--json prints one JSON object with answered, answer and sources', () => {
    const out = JSON.parse(ask(['--json', 'Who is Michael Warrilow?']));
    expect(Object.keys(out).sort()).toEqual(['answer', 'answered', 'sources']);
    expect(out.answered).toBe(true);
    expect(out.answer).toContain('Gartner');
    expect(out.sources[0]).toEqual({ paragraph: 17, speaker: 'Michael Warrilow' });
  });

  it('--json adds the partial answer when the story gives only part of what was asked', () => {
    const out = JSON.parse(ask(['--json', 'what was the exact date of the advisory board call?']));
    expect(out.answered).toBe(false);
    expect(out.partial.answer).toMatch(/^The story doesn't give the exact date\. What it does say: November 2017/);
    expect(out.partial.sources.length).toBeGreaterThan(0);
  });

  it('--json --batch answers one question a line, in order', () => {
    const lines = ask(
      ['--json', '--batch'],
      'Who is Chris Schlaeger?\nWhat is the meaning of life?\n\nWhen was the story updated?\n',
    )
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(4);
    expect(lines.map((l) => l.answered)).toEqual([true, false, false, true]);
    expect(lines[0].answer).toContain('AWS');
    expect(lines[1].answer).toMatch(/^The story doesn't say/);
    expect(lines[3].answer).toContain('November 24');
  });

  it('prints readable text with the source without --json', () => {
    const out = ask(['What did Bulpin say?']);
    expect(out).toContain('reusable technology component');
    expect(out).toMatch(/Source: James Bulpin, ¶12/);
  });
});
