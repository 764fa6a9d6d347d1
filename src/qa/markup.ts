/**
 * Discord mentions and markdown carry no meaning for a question: "@everyone what did **gartner** say"
 * asks what "what did gartner say" asks. Stripped before analysis; the echoed question is untouched.
 */

// User, role and channel mentions, custom emoji, and slash-command mentions.
const mention = /<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|\/[\w -]+:\d+)>/g;
const everyone = /(^|\s)@(?:everyone|here)\b/gi;
const link = /\[([^\]]*)\]\((?:<)?https?:\/\/[^)\s]*(?:>)?\)/g;
// Emphasis, strike, spoiler and code marks, wherever they stand; a lone * or _ inside a word stays.
const marks = /\*{1,3}|_{2}|~~|\|\||`{1,3}/g;
const lineMarks = /^\s*(?:>{1,3}\s|#{1,3}\s|-#\s|[-*]\s)/gm;

// Most questions hold no mark at all: one test instead of six replacements.
const anyMark = /[<@*_~|`>#[-]/;

// A block quote line, and a line of the message that is not one.
const quoteLine = /^[ \t]*>{1,3}[ \t]+(.+)$/gm;
const plainLine = /^[ \t]*(?!>)\S/m;

/**
 * The question's words without mentions, links' targets or markdown marks. A block quote above or
 * below the question ("> making inroads in …\nwhere's that line from") is what it asks about: its
 * text is kept as a quotation, in quotes.
 */
export function stripMarkup(text: string): string {
  return withoutMarks(withEmojiAsStops(text));
}

// A run of emoji, with their joiners, variation selectors and skin tones.
const emojiRun = /[\s.!]*(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\u200d|\ufe0f|\u20e3)+/gu;

/**
 * "need the headline for the post pls 🙏", "acting like it's brand new 👀 what year is it from": emoji
 * end what they follow, as chat's laughter does; ending the message, they ask nothing.
 */
function withEmojiAsStops(text: string): string {
  if (!/\p{Extended_Pictographic}/u.test(text)) return text;
  return text
    .replace(emojiRun, (run, at: number, whole: string) => {
      const before = whole.slice(0, at).trimEnd();
      const ended = before === '' || /[.!?:;,(]$/.test(before);
      const last = whole.slice(at + run.length).trim() === '';
      return last || ended ? ' ' : '. ';
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function withoutMarks(text: string): string {
  if (!anyMark.test(text)) return text;
  const quoting = text.includes('\n') && plainLine.test(text) ? text.replace(quoteLine, '“$1”') : text;
  return quoting
    .replace(mention, ' ')
    .replace(everyone, '$1 ')
    .replace(link, '$1')
    .replace(lineMarks, '')
    .replace(marks, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

// A typed handle (not a mention Discord resolved) opening or closing a message: "@XenBot tldr …", "… lol @XenBot".
const openingHandle = /^@([\w.-]+)[,:]?\s+/;
const closingHandle = /\s+@([\w.-]+)[.!?]*$/;

/**
 * The message without a typed handle that opens or closes it ("@XenBot what did gartner say"): it
 * names whom the message is for, as a resolved mention does. A handle whose words are all the story's
 * own ("what does the template say about @xen_org") is what the message asks about, and stays. After a
 * handle inside the message, the rest is the message for the bot, unless `pointsBack` finds a word in it
 * pointing at what came before.
 */
export function withoutAddressee(
  text: string,
  isStoryWord: (word: string) => boolean,
  pointsBack: (word: string) => boolean = () => false,
): string {
  if (!text.includes('@')) return text;
  const addressee = (handle: string) =>
    !handle
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean)
      .every(isStoryWord);
  let out = text;
  // "@XenBot @Mod what …": each handle in turn.
  for (let opening = openingHandle.exec(out); opening && addressee(opening[1] ?? ''); opening = openingHandle.exec(out))
    out = out.slice(opening[0].length);
  for (let closing = closingHandle.exec(out); closing && addressee(closing[1] ?? ''); closing = closingHandle.exec(out))
    out = out.slice(0, closing.index);
  // "reminder to read before posting @XenBot what did the reg call AWS in the second paragraph": what comes
  // before a handle inside the message, asking nothing, is said to others; the message for the bot follows it.
  const inner = innerHandle.exec(out);
  if (inner && addressee(inner[1] ?? '')) {
    const before = out.slice(0, inner.index);
    const after = out.slice(inner.index + inner[0].length);
    // "… @XenBot what point is the reg making with *this* line": a pointer keeps what it points at.
    const words = after
      .toLowerCase()
      .split(/[^\p{L}\p{N}']+/u)
      .filter(Boolean);
    if (!before.includes('?') && words.length >= minWordsAfterHandle && !words.some(pointsBack)) return after;
    return `${before} ${after}`;
  }
  return out;
}

const innerHandle = /\s@([\w.-]+)[,:]?\s+/;
/** Fewest words after a handle inside the message for them to stand as the whole question. */
const minWordsAfterHandle = 4;
