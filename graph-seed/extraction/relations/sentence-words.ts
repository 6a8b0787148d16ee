// The words of each sentence, read once per article and shared by the relation rules. A rule's
// trigger pattern carries its cue words (one of which every match holds as a whole word); one
// reading of a sentence marks every trigger whose cue it holds, and a sentence holding none is
// skipped without running the pattern. Most sentences hold no trigger of most families, and the
// long trigger alternations cost more than the reading.

import { allMatches } from "../matches";
import type { RelationContext } from "./relation-context";

/** A global trigger pattern with the cue words, one of which each of its matches contains. */
export interface Trigger {
  readonly pattern: RegExp;
  readonly cues: ReadonlySet<string>;
  /** Its place in CUED_TRIGGERS: the bit a sentence's reading sets when it holds a cue. */
  readonly id: number;
}

/** Every trigger built by `cued`, for the test that checks each match holds one of its cues. */
export const CUED_TRIGGERS: Trigger[] = [];
/** Each cue word with the ids of the triggers it cues. */
const TRIGGERS_BY_CUE = new Map<string, number[]>();
let shortestCue = Infinity;
let longestCue = 0;

/**
 * `pattern` with its cue words (lower case, space separated): each must be written in the pattern
 * as a whole word (bounded by `\b`, `\s` or punctuation), and every alternative must hold one.
 */
export function cued(pattern: RegExp, cues: string): Trigger {
  if (!pattern.global) throw new TypeError(`cued: ${String(pattern)} needs the g flag`);
  const trigger = {
    pattern,
    cues: new Set(cues.split(/\s+/).filter(Boolean)),
    id: CUED_TRIGGERS.length,
  };
  for (const cue of trigger.cues) {
    const ids = TRIGGERS_BY_CUE.get(cue) ?? [];
    ids.push(trigger.id);
    TRIGGERS_BY_CUE.set(cue, ids);
    shortestCue = Math.min(shortestCue, cue.length);
    longestCue = Math.max(longestCue, cue.length);
  }
  CUED_TRIGGERS.push(trigger);
  return trigger;
}

/**
 * The triggers whose cue words `text` holds, as bits by trigger id. Words are read as `\b` bounds
 * them: runs of ASCII letters, digits and `_`, with the two letters the `iu` flags fold into
 * ASCII (ſ to s, the Kelvin sign to k); only words of a cue's length are looked up.
 */
function cuedIn(text: string): number[] {
  const bits: number[] = [];
  let start = -1;
  let upper = false;
  let folded = false;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const isUpper = c >= 65 && c <= 90;
    const isFolded = c === 0x17f || c === 0x212a;
    if (isUpper || isFolded || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95) {
      if (start < 0) {
        start = i;
        upper = false;
        folded = false;
      }
      upper ||= isUpper;
      folded ||= isFolded;
      continue;
    }
    if (start < 0) continue;
    if (i - start >= shortestCue && i - start <= longestCue) {
      let word = text.slice(start, i);
      if (upper || folded) word = word.toLowerCase();
      if (folded) word = word.replace(/\u017f/g, "s");
      for (const id of TRIGGERS_BY_CUE.get(word) ?? [])
        bits[id >> 5] = (bits[id >> 5] ?? 0) | (1 << (id & 31));
    }
    start = -1;
  }
  return bits;
}

const cuedCache = new WeakMap<RelationContext, (number[] | undefined)[]>();

/** Whether sentence `sentence` holds one of `trigger`'s cues (else the pattern cannot match). */
export function mayMatch(ctx: RelationContext, sentence: number, trigger: Trigger): boolean {
  let bySentence = cuedCache.get(ctx);
  if (!bySentence) {
    bySentence = [];
    cuedCache.set(ctx, bySentence);
  }
  let bits = bySentence[sentence];
  if (!bits) {
    bits = cuedIn(ctx.sentences[sentence]?.sentence ?? "");
    bySentence[sentence] = bits;
  }
  return ((bits[trigger.id >> 5] ?? 0) & (1 << (trigger.id & 31))) !== 0;
}

/** The matches of `trigger` in sentence `sentence`: none without running it when no cue is there. */
export function cuedMatches(
  ctx: RelationContext,
  sentence: number,
  trigger: Trigger,
): RegExpExecArray[] {
  const text = ctx.sentences[sentence]?.sentence;
  return text && mayMatch(ctx, sentence, trigger) ? allMatches(text, trigger.pattern) : [];
}
