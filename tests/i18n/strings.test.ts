import { describe, expect, it } from 'vitest';
import { type LabelKey, label, labelsByLocale, localizations, translatedLocales } from '../../src/i18n/strings.js';

const english = labelsByLocale['en-US'];
const keys = Object.keys(english) as LabelKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

// Words a language shares with English: the same spelling is the translation, not a missing one.
const sameAsEnglish = new Set(['fr:field.source', 'de:field.tags', 'pt-BR:field.tags']);

describe('labels', () => {
  it.each(translatedLocales)('%s has every key, and no key English lacks', (locale) => {
    expect(Object.keys(labelsByLocale[locale]).sort()).toEqual([...keys].sort());
  });

  it.each(translatedLocales)('%s translates every label, keeping each {value} it fills in', (locale) => {
    for (const key of keys) {
      const text = labelsByLocale[locale][key];
      expect(placeholders(text), `${locale} ${key}`).toEqual(placeholders(english[key]));
      if (!sameAsEnglish.has(`${locale}:${key}`)) expect(text, `${locale} ${key} is untranslated`).not.toBe(english[key]);
    }
  });

  it('keeps command descriptions within the 100 characters Discord allows, in every locale', () => {
    for (const key of keys.filter((k) => k.startsWith('command.')))
      for (const text of [english[key], ...Object.values(localizations(key))])
        expect(text.length, `${key}: ${text}`).toBeLessThanOrEqual(100);
  });

  it("follows the reader's locale, falling back by language, then to English", () => {
    expect(label('de', 'section.people')).toBe('Personen');
    expect(label('es-419', 'section.people')).toBe('Personas');
    expect(label('pt-BR', 'section.people')).toBe('Pessoas');
    expect(label('en-GB', 'section.people')).toBe('People');
    expect(label('ko', 'section.people')).toBe('People');
    expect(label(undefined, 'section.people')).toBe('People');
  });

  it('fills in values and leaves an unknown one visible rather than blank', () => {
    expect(label('fr', 'error.slow-down', { seconds: 3 })).toBe('Doucement : vous pourrez redemander dans 3 s.');
    expect(label('en-US', 'title.quotes-of')).toBe('What {name} said');
  });
});
