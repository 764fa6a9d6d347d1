import { describe, expect, it } from 'vitest';
import { answerQuestion } from '../../src/qa/engine.js';
import { stripMarkup } from '../../src/qa/markup.js';
import { loadStory } from '../../src/story/load.js';

const story = loadStory();
const ask = (q: string) => answerQuestion(story, q);

describe('emoji in a message', () => {
  it('end what they follow, as a full stop does, and ending the message ask nothing', () => {
    expect(stripMarkup('who is bulpin 🙏')).toBe('who is bulpin');
    expect(stripMarkup('wild stuff 😱 who is bulpin')).toBe('wild stuff. who is bulpin');
    expect(stripMarkup('who is bulpin? 🤔 asking for a friend')).toBe('who is bulpin? asking for a friend');
    expect(stripMarkup('who is bulpin')).toBe('who is bulpin');
  });

  it('let a purpose or a remark beside them be read as one', () => {
    const template = ask('send me the social media template so I can queue it up 📣📅');
    expect(template.answered).toBe(true);
    expect(template.answer).toContain('making inroads');
    const pitch = ask('bit of a ramble here 🍿 which sectors does the xen project now pitch itself to');
    expect(pitch.answered).toBe(true);
    expect(pitch.answer).toMatch(/embedded/i);
  });
});

describe('a "#" name the story never uses', () => {
  it('is the asker’s channel, and no part of what is asked', () => {
    const headline = ask('can i get the headline for #front-page-news please');
    expect(headline.answered).toBe(true);
    expect(headline.answer).toContain('Talk up embedded future');
    const year = ask('folks in #random think this is new, which year was it published');
    expect(year.answered).toBe(true);
    expect(year.answer).toContain('2017');
  });

  it('stays where it is one of the story’s hashtags, or a word of the story asked about', () => {
    expect(ask('which hashtags does the template use besides #xen').answer).toContain('#cloud');
    expect(ask('what does #zzyzx stand for in the template').answered).toBe(false);
  });
});

describe('a format the asker wants the answer in', () => {
  it('is no part of what is asked', () => {
    const headline = ask('headline, copy-paste ready');
    expect(headline.answered).toBe(true);
    expect(headline.answer).toContain('Talk up embedded future');
    const standfirst = ask('what does the standfirst say, keep it brief');
    expect(standfirst.answered).toBe(true);
    expect(standfirst.answer).toContain('multi-hypervisor plan');
  });
});

describe('the title of a related story', () => {
  it('is its headline, not a job title', () => {
    const first = ask('what is the title of the second teaser');
    expect(first.answered).toBe(true);
    expect(first.answer).toContain('Google assuring open-source code');
    expect(ask('the rocket lab story, what was its title').answer).toContain('CAPSTONE to the Moon');
  });

  it('is still a job title when a person is named', () => {
    const potti = ask('what is sunil potti’s title in the google story');
    expect(potti.answered).toBe(true);
    expect(potti.answer).toMatch(/VP/);
  });
});

describe('a one-word name in camel case', () => {
  it('is known by its capitals', () => {
    const told = ask('what did aws say to TT');
    expect(told.answered).toBe(true);
    expect(told.answer).toContain('TechTarget');
  });
});

describe('chat’s abbreviations of everyday words', () => {
  it('are no unknown names: "PR" is public relations, not someone the story leaves out', () => {
    const pitch = ask('whats the xen project’s PR angle now, if not cloud servers');
    expect(pitch.answer).not.toContain('anything about PR');
  });
});

describe('a greeting, an apology for asking, and the people of a polite register', () => {
  it('ask nothing', () => {
    const date = ask('Good evening. Sorry if this is a dumb question, but what day did the article come out?');
    expect(date.answered).toBe(true);
    expect(date.answer).toContain('November 22, 2017');
    const speaker = ask('Which of the two Citrix gents spoke about aviation?');
    expect(speaker.answered).toBe(true);
    expect(speaker.answer).toContain('Bulpin');
  });
});

describe('the address of the site the article is at', () => {
  it('names its publication', () => {
    const said = ask('what did theregister.com say the minutes mentioned');
    expect(said.answered).toBe(true);
    expect(said.answer).toMatch(/minutes/i);
    expect(ask('which site published it, was it www.theregister.com').answer).toContain('The Register');
  });
});

describe('whom the message is for', () => {
  it('asks nothing after its opening marker, whatever follows', () => {
    const answer = ask('ok bot quick one: which citrix exec talks up xen for aerospace');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Bulpin');
  });

  it('asks nothing after the last comma, ending the message', () => {
    const answer = ask('which two companies kept xen viable according to warrilow, guys?');
    expect(answer.answered).toBe(true);
    expect(answer.answer).toContain('Oracle');
    expect(ask('so what did the linux foundation say, bot').answer).toContain('remain involved');
  });
});

describe('a noun that only says what kind of thing a name is', () => {
  it('adds nothing to the name, nor does "old" before it', () => {
    for (const message of [
      'what is amazon swapping the xen program out for',
      'so what is aws swapping the old xen program out for',
    ]) {
      const answer = ask(message);
      expect(answer.answered).toBe(true);
      expect(answer.answer).toContain('KVM');
    }
  });

  it('leaves a degree asked of a name alone', () => {
    expect(ask('how old is michael warrilow').answered).toBe(false);
  });
});
