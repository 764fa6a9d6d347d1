import { describe, expect, it } from 'vitest';
import { ConsoleInputError, parseCommandLine } from '../../../src/transports/console/parse-line.js';
import { commands } from '../../helpers/commands.js';

const definitions = new Map(commands.map((c) => [c.data.name, c.data.toJSON()]));
const parse = (line: string) => parseCommandLine(line, definitions);

describe('parseCommandLine reads commands as typed in Discord', () => {
  it('reads a bare command', () => {
    expect(parse('/xen-news')).toMatchObject({ commandName: 'xen-news', options: {} });
  });

  it('reads named options, with values that hold spaces and colons', () => {
    expect(parse('/xen-news section:timeline').options).toEqual({ section: 'timeline' });
    expect(parse('/xen-news question: who is warrilow').options).toEqual({ question: 'who is warrilow' });
    expect(parse('/xen-news question: what does "net-new" mean: really?').options).toEqual({
      question: 'what does "net-new" mean: really?',
    });
    expect(parse('/quote source:citrix').options).toEqual({ source: 'citrix' });
  });

  it('takes a positional value for the first required option', () => {
    expect(parse('/quote gartner').options).toEqual({ source: 'gartner' });
    expect(parse('/quote linux foundation').options).toEqual({ source: 'linux foundation' });
  });

  it('explains lines that are not commands', () => {
    expect(() => parse('hello')).toThrowError(ConsoleInputError);
    expect(() => parse('/weather')).toThrowError('Unknown command /weather. Commands: /xen-news, /quote.');
    expect(() => parse('/xen-news timeline')).toThrowError(/takes named options: question: section:/);
    expect(() => parse('/quote source:a source:b')).toThrowError('`source` is given twice.');
  });
});
