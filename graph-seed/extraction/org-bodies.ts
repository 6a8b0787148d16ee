// Public bodies written in lower case after the place they serve: "the Ravenna police", "the
// Old Harbour wage board", "the Selby city executive committee", "the Northgate district court of
// Ravenna". The capitalised run alone is a place; with the body noun it names one organisation.

import { PORTFOLIO_WORDS } from "./lexicon/roles";
import type { SentenceScan } from "./mention";
import { nameWord, placeLike } from "./org-lists";
import { isCapitalised } from "./tokens";

/** Body nouns; "police" names a body on its own, the others need a modifier or a portfolio. */
const BODY_HEADS: ReadonlySet<string> = new Set(
  "police court committee board council department commission".split(" "),
);

/** Lower-case words between the place and the body noun ("city executive", "wage"). */
const BODY_MODIFIERS: ReadonlySet<string> = new Set(
  "district city regional provincial municipal county town village state wage executive".split(" "),
);

/** The most words of the place before a body ("Metro Manila"). */
const MAX_PLACE_WORDS = 3;

/** The last token of "of <Place>" after a body noun at `head`, or `head` itself. */
function ofPlaceEnd(scan: SentenceScan, head: number): number {
  if (scan.word(head + 1) !== "of" || !nameWord(scan, head + 2)) return head;
  let end = head + 2;
  while (end - head < 1 + MAX_PLACE_WORDS && isCapitalised(scan.word(end + 1))) end++;
  if (isCapitalised(scan.word(end + 1))) return head;
  for (let k = head + 2; k <= end; k++) if (!scan.tokenFree(k)) return head;
  return end;
}

/** Whether no organisation of the sentence so far has this name ("the Norvale board"). */
function placeFree(scan: SentenceScan, from: number, to: number): boolean {
  const name = scan.text(from, to);
  return !scan.mentions.some((m) => m.kind === "Organization" && m.name === name);
}

/** Finds public bodies named by a place and a lower-case body noun. */
export function findPlaceBodies(scan: SentenceScan): void {
  for (let h = 1; h < scan.tokens.length; h++) {
    const head = scan.word(h);
    if (!BODY_HEADS.has(head)) continue;
    let k = h - 1;
    while (h - k <= 2 && BODY_MODIFIERS.has(scan.word(k))) k--;
    const modifiers = h - 1 - k;
    const placeEnd = k;
    while (placeEnd - k < MAX_PLACE_WORDS && nameWord(scan, k) && scan.tokenFree(k)) k--;
    // The whole capitalised run is the place: none left before it ("Senate Ethics committee").
    if (k === placeEnd || nameWord(scan, k)) continue;
    const place = scan.text(k + 1, placeEnd);
    // "the Kestrel executive committee": an organisation's acronym or name opens a unit, not a place.
    if (placeLike(place) || /^\p{Lu}{2,}$/u.test(place) || !placeFree(scan, k + 1, placeEnd))
      continue;
    // "the Labor department": a portfolio names its department; "the Apple board" names no body.
    const portfolio = head === "department" && k + 1 === placeEnd && PORTFOLIO_WORDS.has(place);
    if (head !== "police" && modifiers === 0 && !portfolio) continue;
    const end = ofPlaceEnd(scan, h);
    scan.add("Organization", k + 1, end);
    h = end;
  }
}
