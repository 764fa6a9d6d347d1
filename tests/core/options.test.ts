import { describe, expect, it } from 'vitest';
import { quote } from '../../commands/quote.js';
import { createXenNews } from '../../commands/xen-news.js';
import { UserError } from '../../src/core/errors.js';
import { parseOptions } from '../../src/core/options.js';
import { getStory } from '../../src/story/load.js';

const xenNewsDefinition = createXenNews(getStory()).data.toJSON();
const quoteDefinition = quote.data.toJSON();

describe('parseOptions validates options against the command definition', () => {
  it('accepts what Discord would send', () => {
    expect(parseOptions(xenNewsDefinition, { section: 'timeline' })).toEqual({ section: 'timeline' });
    expect(parseOptions(quoteDefinition, { source: 'gartner' })).toEqual({ source: 'gartner' });
  });

  it('refuses a value outside the choices, naming them', () => {
    expect(() => parseOptions(xenNewsDefinition, { section: 'sports' })).toThrowError(
      /`section` must be one of: summary, timeline, people, quotes, update, social, related/,
    );
  });

  it('refuses a missing required option', () => {
    expect(() => parseOptions(quoteDefinition, {})).toThrowError('/quote needs `source`.');
  });

  it('refuses an option the command does not have, listing the ones it has', () => {
    expect(() => parseOptions(quoteDefinition, { person: 'x' })).toThrowError(
      /\/quote has no option `person`\. Options: source\./,
    );
  });

  it('refuses text past the max length and a value of the wrong type', () => {
    expect(() => parseOptions(xenNewsDefinition, { question: 'x'.repeat(201) })).toThrowError(/at most 200 characters/);
    expect(() => parseOptions(quoteDefinition, { source: 3 })).toThrowError(UserError);
  });
});
