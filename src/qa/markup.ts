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

/** The question's words without mentions, links' targets or markdown marks. */
export function stripMarkup(text: string): string {
  if (!anyMark.test(text)) return text;
  return text
    .replace(mention, ' ')
    .replace(everyone, '$1 ')
    .replace(link, '$1')
    .replace(lineMarks, '')
    .replace(marks, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
