import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe("a page part of another outlet's article is not this article's", () => {
  it("declines the headline of an article an outlet other than the story's publication ran", () => {
    const answer = ask('what was the headline of the techtarget article quoting amazon');
    expect(answer.answered).toBe(false);
    expect(answer.answer).not.toContain('The headline is');
  });

  it('declines however the question words it, with what the other article was about', () => {
    const answer = ask("headline of the techtarget story on aws's hypervisor strategy?");
    expect(answer.answered).toBe(false);
  });

  it('still answers for this article and for a related story about an organisation that is no outlet', () => {
    expect(ask("what's this article's headline").answer).toContain('The headline is');
    expect(ask("what's the headline of the google article").answer).toContain('Google assuring open-source code');
  });
});

describe('"the name of the <owner> article" asks for a headline, whatever the headline noun', () => {
  it("declines the title of another outlet's article asked for with another noun", () => {
    for (const q of ['what was the name of the techtarget write-up', 'title of the techtarget report?']) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(false);
      expect(answer.answer, q).not.toContain('The outlet AWS gave');
    }
  });

  it("answers with this article's headline when the owner named is the story's publication", () => {
    for (const q of ['what is the title of the register piece', 'name of the register story pls']) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.answer.startsWith('The headline is'), q).toBe(true);
    }
  });

  it('reads any preposition linking a page part to its article, and the newsroom\'s "hed" for the headline', () => {
    for (const q of [
      "what's the headline on the reg piece",
      'whats the hed for the register story',
      'the title in the reg article?',
    ]) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(true);
      expect(answer.answer.startsWith('The headline is'), q).toBe(true);
    }
    expect(ask("what's the headline on the techtarget piece").answered).toBe(false);
  });

  it('leaves a name asked of something that is no article alone', () => {
    expect(ask('what is the name of the citrix exec quoted on benchmarking').answer).toContain('Cottingham');
  });
});

describe("an earlier article's page parts are not this article's", () => {
  it('declines the headline or title of an article placed before this one', () => {
    for (const q of ['headline of the earlier register piece?', 'what was the title of the original story']) {
      const answer = ask(q);
      expect(answer.answered, q).toBe(false);
      expect(answer.answer, q).not.toContain('The headline is');
      expect(answer.answer, q).not.toContain('VP and GM');
    }
  });

  it("still answers what the story says that article did, and this article's own headline", () => {
    expect(ask('what did our first story quote verbatim').answered).toBe(true);
    expect(ask('what is the title of the article').answer).toContain('The headline is');
  });
});
