// What an article's own capitalisation says about its words: a capitalised word the article also
// writes in lower case is a common word, and one written alone, with no capitalised word beside
// it, is the way news repeats a surname ("Smith said"). The fallback name finder reads both.

const LOWER_CASE_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}'’-]*/gu;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

interface Word {
  text: string;
  index: number;
}

/** Starts with an upper-case letter. */
export const isUpperStart = (w: string | undefined): boolean =>
  w !== undefined && /^\p{Lu}/u.test(w);

/** The words of `body` that start with a lower-case letter. */
export function lowerCaseWords(body: string): Set<string> {
  return new Set(body.match(LOWER_CASE_WORD) ?? []);
}

/** The capitalised words of `body` with no capitalised word beside them ("Smith said"). */
export function wordsAlone(body: string): Set<string> {
  const alone = new Set<string>();
  // One pass over the words, each looked at once its neighbours on both sides are known.
  const joined = (a: Word | undefined, b: Word | undefined) =>
    a !== undefined &&
    b !== undefined &&
    isUpperStart(a.text) &&
    isUpperStart(b.text) &&
    b.index === a.index + a.text.length + 1 &&
    body.charCodeAt(b.index - 1) === 32;
  let before: Word | undefined;
  let current: Word | undefined;
  const visit = (after: Word | undefined) => {
    if (
      current &&
      isUpperStart(current.text) &&
      !joined(before, current) &&
      !joined(current, after)
    )
      alone.add(current.text.replace(/['’]s$/, ""));
    before = current;
    current = after;
  };
  for (const m of body.matchAll(WORD)) visit({ text: m[0], index: m.index });
  visit(undefined);
  return alone;
}
