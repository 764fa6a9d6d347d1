/**
 * Abbreviations a text spells out: "Bluetooth Low Energy (BLE)", "CAPSTONE [Cislunar Autonomous
 * Positioning System Technology Operations and Navigation Experiment]". Only where the initials of
 * the long form's words spell the abbreviation, so "AWS (Amazon)" or "Launch Complex 2 (LC-2)" are not.
 */

const abbreviation = '[A-Z][A-Za-z0-9]{1,11}';
const longForm = "[A-Z][\\w'-]*(?:\\s+[\\w'&-]+){1,11}";
const abbreviationThenLongForm = new RegExp(`\\b(${abbreviation})\\s*[[(](${longForm})[\\])]`, 'g');
const longFormThenAbbreviation = new RegExp(`(${longForm})\\s*[[(](${abbreviation})[\\])]`, 'g');

function initialsSpell(words: readonly string[], short: string, joiners: ReadonlySet<string>): boolean {
  const letters = short.toLowerCase();
  // The long form may start with words before the abbreviation's own (“the Bluetooth Low Energy”):
  // try every start, and take the words up to the last letter.
  for (let start = 0; start < words.length; start++) {
    let at = 0;
    for (const word of words.slice(start)) {
      if (joiners.has(word.toLowerCase())) continue;
      if (word[0]?.toLowerCase() !== letters[at]) break;
      at += 1;
      if (at === letters.length) return true;
    }
  }
  return false;
}

/**
 * The abbreviations `text` spells out, lower case. `joiners` are the language's small words a long
 * form may hold without giving a letter to the abbreviation ("and", "of").
 */
export function abbreviationsSpelledOut(text: string, joinerWords: readonly string[]): string[] {
  const joiners = new Set(joinerWords.map((w) => w.toLowerCase()));
  const found = new Set<string>();
  for (const [, short = '', long = ''] of text.matchAll(abbreviationThenLongForm))
    if (initialsSpell(long.split(/\s+/), short, joiners)) found.add(short.toLowerCase());
  for (const [, long = '', short = ''] of text.matchAll(longFormThenAbbreviation))
    if (initialsSpell(long.split(/\s+/), short, joiners)) found.add(short.toLowerCase());
  return [...found];
}

/**
 * The abbreviations `text` introduces after their long form, lower case: "Bluetooth Low Energy
 * (BLE)" makes BLE shorthand for what the long form says, which is then what BLE is. A name glossed
 * after it ("CAPSTONE [Cislunar …]") is not introduced: the story calls the thing by that name.
 */
export function abbreviationsIntroduced(text: string, joinerWords: readonly string[]): string[] {
  const joiners = new Set(joinerWords.map((w) => w.toLowerCase()));
  const found = new Set<string>();
  for (const [, long = '', short = ''] of text.matchAll(longFormThenAbbreviation))
    if (initialsSpell(long.split(/\s+/), short, joiners)) found.add(short.toLowerCase());
  return [...found];
}

/**
 * The story's names as their initials: "New Zealand" → nz, "Rocket Lab" → rl. A name is one of
 * `names` of two or more words or one in camel case ("TechTarget" → tt), or two or more capitalised
 * words inside a sentence of `prose` (a sentence's first word is capitalised anyway, and an acronym
 * is already its own short form); a possessive is read as the name. Initials two names share, or
 * that `taken` says are already a word (a stopword, a story word), are left out.
 */
const camelCaseName = /(?<![\p{L}\d])\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+(?![\p{L}\d])/gu;

export function storyInitialisms(
  prose: readonly string[],
  names: readonly string[],
  taken: (initials: string) => boolean,
): Map<string, string> {
  const byInitials = new Map<string, Set<string>>();
  const record = (initials: string, name: string) => {
    const seen = byInitials.get(initials);
    if (seen) seen.add(name);
    else byInitials.set(initials, new Set([name]));
  };
  const add = (run: string[]) => {
    if (run.length >= 2) record(run.map((w) => w[0]?.toLowerCase() ?? '').join(''), run.join(' '));
  };
  const runs = (sentence: string, skipFirst: boolean) => {
    let run: string[] = [];
    (sentence.match(/\p{L}[\p{L}\d'’-]*/gu) ?? []).forEach((word, i) => {
      if ((skipFirst && i === 0) || !/^\p{Lu}[\p{Ll}\d'’-]+$/u.test(word)) {
        add(run);
        run = [];
      } else run.push(word.replace(/['’]s$/, ''));
    });
    add(run);
  };
  for (const name of names) {
    runs(name, false);
    // "TechTarget" → tt: a one-word name written in camel case has its capitals for initials.
    for (const word of name.match(camelCaseName) ?? []) record((word.match(/\p{Lu}/gu) ?? []).join('').toLowerCase(), word);
  }
  for (const text of prose) for (const sentence of text.split(/(?<=[.!?:;])\s+|[“”"()[\],–—]/)) runs(sentence, true);
  const out = new Map<string, string>();
  for (const [initials, found] of byInitials) {
    const [name] = found;
    if (found.size === 1 && name && !taken(initials)) out.set(initials, name);
  }
  return out;
}
