import { describe, expect, it } from 'vitest';
import { loadStory } from '../../src/story/load.js';
import { articleText, straightenQuotes } from '../helpers/story-text.js';

const story = loadStory();
const article = straightenQuotes(articleText());

describe('the data is faithful to the article', () => {
  it('has the headline and standfirst as published', () => {
    expect(article.startsWith(`${straightenQuotes(story.meta.headline)}\n`)).toBe(true);
    expect(article).toContain(straightenQuotes(story.meta.standfirst));
  });

  it("carries the page's footer as its last line, and a date and address that agree with each other", () => {
    expect(article.trimEnd().endsWith(story.meta.article.footer)).toBe(true);
    const [, year, month, day] = /\/(\d{4})\/(\d{2})\/(\d{2})\//.exec(story.meta.article.url) ?? [];
    expect(story.meta.article.published).toBe(`${year}-${month}-${day}`);
    expect(story.meta.article.updated > story.meta.article.published).toBe(true);
    expect(article).toContain(`UPDATE, ${story.meta.update.date}th:`);
  });

  it('carries the heading over the teasers as a line of the page, before the first of them', () => {
    const heading = story.relatedHeading ?? '';
    const at = article.indexOf(`\n${heading}\n`);
    expect(heading).not.toBe('');
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(article.indexOf(straightenQuotes(story.related[0]?.title ?? '')));
  });

  it('dates each teaser no later than the page it was shown on', () => {
    const pageYear = Number(/(\d{4})\s*$/.exec(story.meta.article.footer)?.[1]);
    for (const related of story.related) {
      expect(related.year).toBeLessThanOrEqual(pageYear);
      expect(related.year).toBeGreaterThanOrEqual(Number(story.meta.article.published.slice(0, 4)));
    }
  });

  it.each(story.paragraphs.map((p) => [p.id, p.text]))('paragraph %i appears verbatim', (_id, text) => {
    expect(article).toContain(straightenQuotes(text));
  });

  it.each(story.claims.filter((c) => c.text.includes('“')).map((c) => [c.id, c]))(
    'claim %s quotes its paragraphs verbatim',
    (_id, claim) => {
      const quoted = [...claim.text.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? '');
      const paragraphs = claim.paragraphs.map((id) => straightenQuotes(story.paragraphById.get(id)?.text ?? '')).join('\n');
      for (const passage of quoted) expect(paragraphs).toContain(straightenQuotes(passage));
    },
  );

  it('quotes the update verbatim where its note quotes', () => {
    const quoted = [...story.meta.update.note.matchAll(/“([^”]+)”/g)].map((m) => m[1] ?? '');
    expect(quoted.length).toBeGreaterThan(0);
    const update = story.meta.update.paragraphs.map((id) => straightenQuotes(story.paragraphById.get(id)?.text ?? '')).join('\n');
    for (const passage of quoted) expect(update).toContain(straightenQuotes(passage));
  });

  it.each(story.quotes.map((q) => [q.id, q]))('quote %s appears verbatim in the paragraph it names', (_id, quote) => {
    const paragraph = story.paragraphById.get(quote.paragraph);
    expect(paragraph, `paragraph ${quote.paragraph}`).toBeDefined();
    expect(straightenQuotes(paragraph?.text ?? '')).toContain(straightenQuotes(quote.text));
    expect(article).toContain(straightenQuotes(quote.text));
  });

  it.each(story.quotes.filter((q) => q.speaker).map((q) => [q.id, q]))(
    'quote %s is attributed to someone named near it',
    (_id, quote) => {
      const person = story.personById.get(quote.speaker ?? '');
      expect(person).toBeDefined();
      expect(person?.organisation).toBe(quote.organisation);
    },
  );

  it.each(story.templates.map((t) => [t.id, t]))('social template %s is exactly as published', (_id, template) => {
    expect(straightenQuotes(story.paragraphById.get(template.paragraph)?.text ?? '')).toContain(straightenQuotes(template.text));
    for (const tag of [...template.hashtags, ...template.mentions]) expect(template.text).toContain(tag);
    if (template.link) expect(template.text).toContain(template.link);
  });

  it.each(story.templates.filter((t) => t.audience !== null).map((t) => [t.id, t]))(
    'says whom social template %s is for in the words of the paragraph introducing it',
    (_id, template) => {
      expect(story.paragraphs.some((p) => p.text.includes(`a template for ${template.audience}`))).toBe(true);
    },
  );

  // As published, a no-break space stands between "#Xen." and the link.
  it('has the Linux Foundation template with its hashtags, @xen_org and bit.ly link', () => {
    const template = story.templates.find((t) => t.default);
    expect(template?.text).toBe(
      "The Xen Project has been a staple for #cloud and #server vendors, now it is making inroads in the embedded, security and automotive space. Follow the @xen_org's new series on how people are contributing and using #Xen.\u00a0http://bit.ly/2mPf0Wf",
    );
  });

  it('names every person in the main story with the title the article gives', () => {
    for (const person of story.people) {
      expect(article).toContain(person.name);
      if (person.title) expect(article).toContain(person.title);
    }
  });

  it("describes a related story's partner in the teaser's own words", () => {
    const snyk = story.organisations.find((organisation) => organisation.id === 'snyk');
    expect(article).toContain('developer-focused security shop Snyk');
    expect(snyk?.role).toContain('developer-focused security shop');
  });

  it('gives the related stories their own titles and standfirsts', () => {
    for (const related of story.related) {
      expect(article).toContain(straightenQuotes(related.title));
      expect(article).toContain(straightenQuotes(related.standfirst));
    }
  });
});
