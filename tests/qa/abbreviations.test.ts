import { describe, expect, it } from 'vitest';
import { abbreviationsSpelledOut } from '../../src/qa/abbreviations.js';
import { getLexicon } from '../../src/qa/lexicon.js';

const joiners = getLexicon().abbreviationJoiners;

describe('abbreviations a text spells out', () => {
  it('finds the long form before the abbreviation, in parentheses', () => {
    expect(abbreviationsSpelledOut('relaying the Bluetooth Low Energy (BLE) signals', joiners)).toEqual(['ble']);
    expect(
      abbreviationsSpelledOut("certifying Rocket Lab's Autonomous Flight Termination System (AFTS) pushed", joiners),
    ).toEqual(['afts']);
  });

  it('finds the long form after the abbreviation, in brackets, skipping small words', () => {
    const text =
      'a journey for CAPSTONE [Cislunar Autonomous Positioning System Technology Operations and Navigation Experiment], which';
    expect(abbreviationsSpelledOut(text, joiners)).toEqual(['capstone']);
  });

  it('ignores a bracket whose words do not spell the abbreviation', () => {
    expect(abbreviationsSpelledOut('AWS (Amazon) said', joiners)).toEqual([]);
    expect(abbreviationsSpelledOut('The pad, Launch Complex 2 (LC-2), is done', joiners)).toEqual([]);
    expect(abbreviationsSpelledOut('Xen (a hypervisor) and KVM', joiners)).toEqual([]);
  });
});
