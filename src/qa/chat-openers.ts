import type { Language } from './language.js';

/**
 * "*y* is xen dying", "y did aws do this": chat types a question word as one letter (the lexicon's
 * `chatOpeners`). The message with such a first word read as the question word, where an auxiliary
 * follows it; elsewhere the letter stays a letter ("is the Model *Y* affected", "y axis").
 */
export function withChatOpenersRead(language: Language, text: string): string {
  const { words, followers } = language.words.chatOpeners;
  const opening = /^(\s*)([a-z]+)(\s+)([a-z']+)/i.exec(text);
  if (!opening) return text;
  const [whole, space = '', typed = '', gap = '', next = ''] = opening;
  const word = words[typed.toLowerCase()];
  if (word === undefined || !followers.includes(next.toLowerCase().replace(/'/g, ''))) return text;
  return `${space}${word}${gap}${next}${text.slice(whole.length)}`;
}
