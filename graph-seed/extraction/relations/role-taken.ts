// The role phrase a person is given or takes, read from where it starts ("as the new president
// and group chief executive of X", "its new chairman", "X's head coach", "chairman of the
// supervisory board at X"): the relation its role words give, and the organisation it names.
// One reading for every appointment shape, so a longer title or a board adds no new pattern.

import { ORG_ROLES } from "../lexicon/roles";
import type { Located, RelationContext } from "./relation-context";

export interface RoleTaken {
  type: "HEADS" | "MEMBER_OF";
  /** The organisation the phrase names: after "of" / "at" / "for", or as a possessor before it. */
  org?: Located;
  /** The organisation is written as the role's possessor ("X's coach"), so "'s" follows it. */
  owned?: boolean;
}

/** "as", "the", "its", "the company's": what opens the phrase. */
const OPENING =
  /^\s*(?:as\s+)?(?:the\s+(?:company|firm|group|bank|club|party|union)['’]s\s+|(?:the|its|their|a|an)\s+)?/i;
const POSSESSIVE = /^['’]s?(?=\s)/;
const WORD = /^\s*([\p{L}](?:[\p{L}'’-]|\.(?=\p{L}))*|&)/u;
/** Words that end the role words: the organisation's preposition, or the clause going on. */
const ENDS = new Set(
  (
    "of|at|for|on|in|with|from|since|until|effective|after|before|following|replacing|" +
    "succeeding|who|which|that|to|by|when|while|said|says|but|as|starting|last|this|next|" +
    "earlier|later|amid|until|is|was|will|has|had"
  ).split("|"),
);
const ORG_PREPOSITIONS = new Set(["of", "at", "for"]);
/** Words that make the role a past one: it gives no relation. */
const PAST = /^(?:former|ex|ex-.*|then|erstwhile|outgoing|previous)$/;
/** "of the supervisory board at X", "of the board of directors of X": the board is X's. */
const BOARD_OF =
  /^\s*(?:the\s+)?(?:(?:supervisory|executive|management|governing|national)\s+)?(?:board(?:\s+of\s+directors)?\s+(?:of|at)\s+(?:the\s+)?)?/i;
const THE = /^\s*(?:the\s+)?/i;
/** A lower-case word right after a name: the name modifies it, unless it ends the phrase. */
const MODIFIES = /^\s+(\p{Ll}[\p{L}-]*)/u;
/** The longest role phrase in ORG_ROLES has four words ("deputy general secretary" has three). */
const MAX_ROLE_WORDS = 4;
const MAX_WORDS = 10;

/** Words before a head's role that keep it the head's ("new group chairman", "interim CEO"). */
const HEAD_QUALIFIERS = new Set(
  "new|next|interim|acting|permanent|group|global|joint|sole|first|current|caretaker|founding|substantive|full-time".split(
    "|",
  ),
);

/**
 * The relation one coordinated role gives, by the longest role phrase it ends with. A one-word
 * head's role narrowed by a field ("finance director", "marketing chief") is an officer's.
 */
function endingKind(words: readonly string[]): "head" | "member" | undefined {
  for (let n = Math.min(MAX_ROLE_WORDS, words.length); n > 0; n--) {
    const kind = ORG_ROLES.get(words.slice(-n).join(" "));
    const field = words[words.length - n - 1];
    if (kind === "head" && n === 1 && field && !HEAD_QUALIFIERS.has(field)) return "member";
    if (kind) return kind;
  }
  return undefined;
}

/** The relation of the last role phrase in one coordinated role ("general manager high-performance"). */
function partKind(words: readonly string[]): "head" | "member" | undefined {
  // "chief strategy officer": an officer of a field, though "chief" alone heads.
  if (words.length > 2 && words[0] === "chief" && words.at(-1) === "officer")
    return endingKind(words) ?? "member";
  for (let end = words.length; end > 0; end--) {
    const kind = endingKind(words.slice(0, end));
    if (kind) return kind;
  }
  return undefined;
}

/** HEADS when any of the coordinated roles heads ("president and chief executive"). */
export function kindOf(words: readonly string[]): RoleTaken["type"] | undefined {
  const kinds: ("head" | "member" | undefined)[] = [];
  let part: string[] = [];
  for (const word of [...words, "and"]) {
    if (word === "and" || word === "&") {
      kinds.push(partKind(part));
      part = [];
    } else part.push(word);
  }
  if (kinds.includes("head")) return "HEADS";
  return kinds.includes("member") ? "MEMBER_OF" : undefined;
}

/**
 * The role phrase starting at body offset `at` (up to `end`, the sentence's end), given the
 * sentence's organisations; undefined when its words name no role or a past one.
 */
export function roleTaken(
  ctx: RelationContext,
  orgs: readonly Located[],
  at: number,
  end: number,
): RoleTaken | undefined {
  const orgAt = (offset: number): Located | undefined =>
    orgs.find((o) => o.mention.start === offset);
  let pos = at + (OPENING.exec(ctx.body.slice(at, end))?.[0].length ?? 0);
  // "X's head coach", "X chairman": the organisation owns the role.
  const owner = orgAt(pos);
  if (owner) {
    const owned = POSSESSIVE.exec(ctx.body.slice(owner.mention.end, end));
    pos = owner.mention.end + (owned?.[0].length ?? 0);
  }
  const words: string[] = [];
  let stop = "";
  while (words.length < MAX_WORDS) {
    const m = WORD.exec(ctx.body.slice(pos, Math.min(end, pos + 40)));
    if (!m?.[1]) break;
    const word = m[1].toLowerCase();
    if (orgAt(pos + m[0].length - m[1].length) || ENDS.has(word)) {
      stop = word;
      break;
    }
    if (PAST.test(word)) return undefined;
    words.push(word);
    pos += m[0].length;
  }
  const type = kindOf(words);
  if (!type) return undefined;
  if (!ORG_PREPOSITIONS.has(stop)) return owner ? { type, org: owner, owned: true } : { type };
  pos += /^\s*\S+/.exec(ctx.body.slice(pos))?.[0].length ?? 0;
  const board = BOARD_OF.exec(ctx.body.slice(pos, end))?.[0].length ?? 0;
  const org =
    orgAt(pos + board) ?? orgAt(pos + (THE.exec(ctx.body.slice(pos, end))?.[0].length ?? 0));
  // "chairman at the Hong Kong-based lender": the name only modifies the noun that follows.
  // Read past the sentence's end: a page may wrap the line right after the name.
  const modifier = org && MODIFIES.exec(ctx.body.slice(org.mention.end, org.mention.end + 30));
  if (org && !(modifier?.[1] && !ENDS.has(modifier[1]))) return { type, org };
  return owner ? { type, org: owner, owned: true } : { type };
}
