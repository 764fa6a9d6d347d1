import { describe, expect, it } from 'vitest';
import { getLexicon } from '../../src/qa/lexicon.js';
import {
  compileContractions,
  normalise,
  oneTypoApart,
  PhraseTable,
  regularPlural,
  SpellIndex,
  stem,
  tokenise,
} from '../../src/qa/text.js';

const english = compileContractions(getLexicon().contractions);

const noExceptions = new Map<string, string>();

describe('normalise and tokenise', () => {
  it('lower-cases, straightens apostrophes and drops possessives and contractions', () => {
    expect(tokenise(normalise('Gartner’s analyst isn’t sure', english))).toEqual(['gartner', 'analyst', 'is', 'not', 'sure']);
    expect(tokenise(normalise("members' posts", english))).toEqual(['members', 'posts']);
  });

  it('keeps versions, handles and dotted names whole, and splits hyphens', () => {
    expect(tokenise(normalise('Xen 5.0 @xen_org bit.ly net-new', english))).toEqual([
      'xen',
      '5.0',
      '@xen_org',
      'bit.ly',
      'net',
      'new',
    ]);
  });

  it('folds full-width letters', () => {
    expect(tokenise(normalise('ＡＷＳ', english))).toEqual(['aws']);
  });
});

describe('stem', () => {
  it('merges plurals and verb forms', () => {
    expect(stem('instances', noExceptions)).toBe(stem('instance', noExceptions));
    expect(stem('requested', noExceptions)).toBe(stem('request', noExceptions));
    expect(stem('investing', noExceptions)).toBe(stem('invest', noExceptions));
    expect(stem('queries', noExceptions)).toBe(stem('query', noExceptions));
  });

  it('leaves short words, acronyms with digits and handles alone', () => {
    expect(stem('aws', noExceptions)).toBe('aws');
    expect(stem('log4j', noExceptions)).toBe('log4j');
    expect(stem('@xen_org', noExceptions)).toBe('@xen_org');
  });

  it('uses the exceptions it is given', () => {
    expect(stem('told', new Map([['told', 'tell']]))).toBe('tell');
  });
});

describe('oneTypoApart', () => {
  it('counts a swap of neighbours, a letter changed, dropped or added as one typo', () => {
    expect(oneTypoApart('warrilow', 'warrilwo')).toBe(true);
    expect(oneTypoApart('warrilow', 'warrilox')).toBe(true);
    expect(oneTypoApart('warrilow', 'warilow')).toBe(true);
    expect(oneTypoApart('warrilow', 'warrillow')).toBe(true);
    expect(oneTypoApart('warrilow', 'warrilow')).toBe(true);
  });

  it('does not count two typos, or a swap of letters apart, as one', () => {
    expect(oneTypoApart('kvm', 'xen')).toBe(false);
    expect(oneTypoApart('warrilow', 'wrarilwo')).toBe(false);
    expect(oneTypoApart('warrilow', 'worrilaw')).toBe(false);
    expect(oneTypoApart('warrilow', 'warril')).toBe(false);
    expect(oneTypoApart('gartner', 'gartenr')).toBe(true);
    expect(oneTypoApart('gartner', 'gnrtaer')).toBe(false);
  });
});

describe('SpellIndex', () => {
  const index = new SpellIndex(
    new Map([
      ['warrilow', 3],
      ['schlaeger', 2],
      ['techtarget', 2],
    ]),
    5,
  );

  it('corrects one typo in a long word', () => {
    expect(index.correct('warilow')).toBe('warrilow');
    expect(index.correct('schleager')).toBe('schlaeger');
    expect(index.correct('techtargt')).toBe('techtarget');
  });

  it('leaves short words, numbers and far-off words alone', () => {
    expect(index.correct('warr')).toBeNull();
    expect(index.correct('12345')).toBeNull();
    expect(index.correct('microsoft')).toBeNull();
  });
});

describe('PhraseTable', () => {
  it('finds the longest phrase, and a higher priority replaces a lower one', () => {
    const table = new PhraseTable();
    table.add(['amazon'], 'e:aws', 0);
    table.add(['amazon', 'web', 'service'], 'e:aws-full', 0);
    table.add(['amazon'], 's:shop', 2);
    expect(table.longestAt(['amazon', 'web', 'service', 'say'], 0)).toEqual({ length: 3, values: ['e:aws-full'] });
    expect(table.longestAt(['amazon', 'web'], 0)).toEqual({ length: 1, values: ['e:aws'] });
    expect(table.longestAt(['nothing'], 0)).toBeNull();
  });
});

describe('regularPlural', () => {
  it.each([
    ['story', 'stories'],
    ['day', 'days'],
    ['box', 'boxes'],
    ['hypervisor', 'hypervisors'],
    ['news outlets', 'news outlets'],
  ])('makes "%s" "%s"', (noun, plural) => {
    expect(regularPlural(noun)).toBe(plural);
  });
});
