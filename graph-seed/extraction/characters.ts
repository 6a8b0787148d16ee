// Character classes read one character at a time: ASCII answered by its code, any other character
// by a Unicode class. The scans over every sentence and line use them instead of regular
// expressions with Unicode property classes, which V8 matches far more slowly per character.

const SPACE = /^\s$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const UPPER_CASE = /^\p{Lu}$/u;
const LOWER_CASE = /^\p{Ll}$/u;

/** The length (1, or 2 for a surrogate pair) of the code point at `i`. */
export function codePointLength(text: string, i: number): number {
  const high = text.charCodeAt(i);
  if (high < 0xd800 || high > 0xdbff) return 1;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

/** The code point at `i` as a string (a surrogate pair whole). */
export const codePointAt = (text: string, i: number): string =>
  text.slice(i, i + codePointLength(text, i));

/** Whether the character at `i` is white space (as `\s` reads it). */
export function spaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text.charAt(i));
}

/** The length of the letter or digit (`[\p{L}\p{N}]`) at `i`, or 0 when there is none. */
export function letterOrDigitAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) ? 1 : 0;
  const point = codePointAt(text, i);
  return LETTER_OR_DIGIT.test(point) ? point.length : 0;
}

/** The length of the upper-case letter (`\p{Lu}`) at `i`, or 0 when there is none. */
export function upperCaseAt(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90 ? 1 : 0;
  const point = codePointAt(text, i);
  return UPPER_CASE.test(point) ? point.length : 0;
}

/** Whether the character at `i` is a lower-case letter (`\p{Ll}`). */
export function lowerCaseAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LOWER_CASE.test(codePointAt(text, i));
}
