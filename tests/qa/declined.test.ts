import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/qa/analyse.js';
import { getIndex } from '../../src/qa/build.js';
import { answerQuestion } from '../../src/qa/engine.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);
const shipped = getIndex(story);

describe('sentences after the last question', () => {
  it('say why or how it is asked, and are not searched', () => {
    const reply = ask('Who is Michael Warrilow? I am quoting him in a school essay.');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Gartner');
    expect(analyseQuestion(shipped, 'What does Bulpin do for a living? A short answer is fine!').terms).not.toContain('short');
  });

  it('leave a question the story does not answer declined', () => {
    expect(ask('Who founded Amazon? I am writing an essay.').answered).toBe(false);
  });

  it('are kept when they are not statements, or come before the question', () => {
    expect(analyseQuestion(shipped, 'who is bulpin? and cottingham').terms).toContain('e:david-cottingham');
    expect(analyseQuestion(shipped, 'Bulpin works at Citrix. What is his title?').terms).toContain('e:citrix');
  });
});

describe('what a question rules out, before its question word', () => {
  it('is ruled out as it is at the end', () => {
    expect(analyseQuestion(shipped, 'apart from aws, who is moving to kvm').excluded).toEqual(['aws']);
    const reply = ask('apart from aws, who is moving to kvm');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Oracle');
  });

  it('ends at the question word when no comma follows it', () => {
    const question = analyseQuestion(shipped, 'besides cloud what spaces is xen making inroads into');
    expect(question.terms).not.toContain('s:cloud');
    expect(question.terms).toContain('s:traction');
  });
});

describe('a template its subject wrote', () => {
  it('is what the subject says, as a quote is', () => {
    const reply = ask('what does the LF say xen is making inroads into');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('embedded');
  });

  it('does not answer what the subject never said', () => {
    expect(ask('what does the LF say about xen pricing').answered).toBe(false);
  });
});

describe('"any" in a question', () => {
  it('reads as "no" where the lexicon knows the phrase with "no" ("any clue" → "no clue")', () => {
    const reply = ask('has the register got any clue why amazon ignored its requests');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('no idea');
  });

  it('still declines what the story does not say', () => {
    expect(ask('does the register have any clue what xen costs').answered).toBe(false);
  });
});

describe('a number right after a question word', () => {
  it('is a number word, never a typo of a story word ("three" is not "threw")', () => {
    expect(analyseQuestion(shipped, 'which three people does the story quote').terms).not.toContain('throw');
  });

  it('counts the parts of the answer and is not searched for', () => {
    expect(analyseQuestion(shipped, 'what three qualities make xen a good fit').terms).not.toContain('thre');
    const reply = ask('in the bulpin quote, what three qualities make xen a good fit');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('flexibility');
  });

  it('still declines what the story does not say', () => {
    expect(ask('which three analysts are quoted on xen pricing').answered).toBe(false);
  });
});

describe('the article as a speaker', () => {
  it('is its publication when asked how it describes something, or of its writer', () => {
    expect(analyseQuestion(shipped, 'what does the author say about xen in the cloud').subject).toBe(shipped.publication);
    // "what does the article say about …" asks what the story says, whoever in it says it (story-says.test.ts).
    expect(analyseQuestion(shipped, 'what does the article say about xen in the cloud').subject).not.toBe(shipped.publication);
    const reply = ask('how does this piece describe the future for xen in the cloud');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('grim');
  });

  it('still declines what the article never mentions', () => {
    expect(ask('what does the report say about VMware').answered).toBe(false);
  });
});

describe('a noun made from a verb by a nominal suffix', () => {
  it('stands for the verb where the story uses only the verb ("assurance" → assured)', () => {
    expect(analyseQuestion(shipped, "what is google's assurance offering").terms).toContain('assur');
    const reply = ask("which languages does google's assurance offering focus on");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Java');
  });

  it('stands for a verb in -ify where its noun ends in -ication ("certification" → certifying)', () => {
    expect(analyseQuestion(shipped, 'what certification problem held up the capstone mission').terms).toContain('certify');
    const reply = ask('which certification problem held up the capstone mission');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Autonomous Flight Termination System');
  });

  it('does not make the story say what it does not', () => {
    expect(ask('how long does capstone certification take').answered).toBe(false);
    const reply = ask("how much does google's assurance product cost");
    expect(reply.answered).toBe(false);
  });
});

describe('a yes/no question offering two answers ("A or B")', () => {
  it('takes the word before "or" for one answer and the words after it for the other', () => {
    expect(analyseQuestion(shipped, 'were the board minutes secret or public').alternatives).toEqual(['secret', 'public']);
    const reply = ask('were the board minutes secret or public');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('Publicly-posted');
  });

  it('is not answered by a fact holding neither answer', () => {
    expect(ask('were the board minutes leaked or stolen').answered).toBe(false);
  });

  it('keeps a name before "or" as what the question is about', () => {
    expect(analyseQuestion(shipped, 'did aws talk to techtarget or the register').alternatives).not.toContain('e:techtarget');
  });
});

describe('possession in other words ("belongs to", "owned by", "the property of")', () => {
  it('is what the story calls an owner', () => {
    const reply = ask('which agency is capstone the property of');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/^NASA: Owner/);
  });

  it('leaves an owner the story does not name declined', () => {
    expect(ask('who is the owner of rocket lab').answered).toBe(false);
  });
});

describe('a stopword whose stem is a content word’s ("quite" → quit, "completely" → complete)', () => {
  it('asks nothing in a question', () => {
    expect(analyseQuestion(shipped, 'is xen quite dead').terms).not.toContain('s:stop');
    const reply = ask('did aws say it would completely stop using xen');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('stop investing');
  });
});

describe('investing in everyday words ("putting money into", "pouring money into")', () => {
  it('is the story’s investing', () => {
    const reply = ask('has amazon said it will stop pumping money into xen');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('stop investing');
  });

  it('leaves an investment the story does not report declined', () => {
    expect(ask('is google sinking money into xen').answered).toBe(false);
    expect(ask('how much money is aws pouring into kvm').answered).toBe(false);
  });
});

describe('a text’s first appearance ("first", "original", "originally")', () => {
  it('is when the story was published, as against its update', () => {
    const reply = ask('when was this piece originally published');
    expect(reply.answered).toBe(true);
    expect(reply.answer).toContain('November 22, 2017');
  });

  it('does not date what the story never says was published', () => {
    expect(ask('when was the original tesla relay attack published').answered).toBe(false);
  });
});
