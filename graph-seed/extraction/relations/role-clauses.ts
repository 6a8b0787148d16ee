// HEADS and MEMBER_OF from one clause shape: a person and an organisation tied by a role word
// or a verb of joining, in the orders business, party, sports and labour news use:
//   organisation, role, person      "Unite general secretary A", "Kestrel's striker A"
//   person, organisation, role      "A, Norvale's head coach", "A, the Brixham boss"
//   person, role, organisation      "A, a spokesman for X", "A is chief executive of X"
//   person, verb, organisation      "A joined X", "A, who chairs X", "A took over as X's president"
//   organisation, verb, person      "X signed A", "X confirmed the signing of striker A"
// The role word decides the relation (ORG_ROLES: heads lead, the others belong); a past role
// ("former", "ex-", "outgoing" is still current), a negated or planned one gives none.

import { ORG_ROLES, ORG_ROLE_PATTERN, ROLE_ADJECTIVES } from "../lexicon/roles";
import { isNotFactual } from "./modality";
import { kindOf } from "./role-taken";
import {
  between,
  cutFromLongerName,
  modifiesNoun,
  opensLongerName,
  titlesAnother,
} from "./relation-context";
import type { Found, Located, RelationContext } from "./relation-context";
import { roleRelation, unquoted } from "./sentence-view";
import type { SentenceView } from "./sentence-view";

type RoleType = "HEADS" | "MEMBER_OF";

const ROLE = `(${ORG_ROLE_PATTERN})`;
const ADJECTIVES = `((?:(?:${ROLE_ADJECTIVES})(?:-|\\s+)){0,2})`;
/** Words that end a role: it was held before, not now. */
const PAST = /\b(?:former|ex|then|previous)\b/i;

/** Honorifics between a role and the name ("chairman Prof. A"). */
const HONORIFIC = "(?:(?:prof|dr|mr|mrs|ms|engr|sir|dame|comrade|alhaji|chief)\\.?\\s+)?";
/**
 * organisation ['s] [adjectives] role [and role] [,] person: "Unite general secretary A",
 * "Norvale's president and chief executive, A", "the Greens' leader A".
 */
const ORG_ROLE_PERSON = new RegExp(
  `^(?:['’]s?)?\\s+${ADJECTIVES}${ROLE}(?:\\s+and\\s+${ROLE})?\\s*,?\\s*${HONORIFIC}$`,
  "i",
);
/**
 * organisation, then lower-case words naming a role, then the person: "Westbrook Rovers general
 * manager A", "X spokesperson and publicity department chief A", "X general manager
 * high-performance A" (the words are read by kindOf; no clause word among them).
 */
const ORG_FIELD_ROLE_PERSON = new RegExp(
  `^(?:['’]s)?\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s+){1,6})${HONORIFIC}$`,
  "u",
);
/** Words that make the stretch a clause ("X ordered chairman A", "X thanks coach A"), not a role. */
const NOT_ROLE_WORDS =
  /\b(?:\p{L}+ed|said|says|told|tells|met|meets|thanks|urges|asks|names|appoints|welcomes|backs|sacks|fires|hires|signs|invites|praises|confirms|announces|is|are|was|were|has|have|had|will|would|with|who|which|that|of|at|for|on|in|by|from|to|the|a|an|former|ex|then|previous)\b/u;

/** The relation the lower-case words between an organisation and a name give, if they name a role. */
function fieldRole(gap: string): RoleType | null {
  const words = ORG_FIELD_ROLE_PERSON.exec(gap)?.[1];
  if (!words || NOT_ROLE_WORDS.test(words)) return null;
  return kindOf(words.trim().split(/\s+/)) ?? null;
}
/** role of [the] organisation [party] [,] person: "the Managing Director of X A", "Chairman of the X party, A". */
const ROLE_OF_BEFORE = new RegExp(`\\b${ADJECTIVES}${ROLE}\\s+of\\s+(?:the\\s+)?$`, "i");
const ROLE_OF_GAP = /^(?:\s+party)?\s*,?\s*$/i;
/** person (organisation): "A (XYZ)", a party or body in brackets after a name. */
const BRACKETED = /^\s*\(\s*$/;
/** An acronym or a name of two to four words ("XYZ", "Popular Action"), as a party is written there. */
const BRACKETED_NAME = /^(?:[\p{Lu}-]{2,8}|\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){1,3})$/u;
/** person, [the|a] organisation: the start of "A, the Brixham boss". */
const PERSON_THEN_ORG = new RegExp(`^\\s*,\\s*(?:(?:the|a|an)\\s+)?${ADJECTIVES}$`, "i");
/**
 * What follows the organisation in "A, Norvale's head coach" / "A, the Brixham boss": a role
 * not followed by a name ("A, SK Group Chairman B": the role is B's).
 */
const ROLE_AFTER_ORG = new RegExp(`^(?:['’]s)?\\s+${ADJECTIVES}${ROLE}(?![\\p{L}-])`, "iu");
const NAME_NEXT = /^\s*,?\s*\p{Lu}/u;

/** The role written after an organisation, when no name follows it. */
function roleAfterOrg(after: string): RegExpExecArray | null {
  const m = ROLE_AFTER_ORG.exec(after);
  return m && !NAME_NEXT.test(after.slice(m[0].length)) ? m : null;
}
/** An organisation that does not end its noun phrase: "the X's Policy Office", "the UN refugee agency UNHCR". */
const PHRASE_GOES_ON =
  /^(?:['’]s\b|\s+(?:(?!(?:and|or|in|on|at|of|for|to|from|with|by|since|until|who|which|that|said|says|has|had|is|was|were|will|would|after|before|during|when)\b)\p{Ll}+\s+){1,3}\p{Lu})/u;
/** person, [who is] [the|a] role of|at|for organisation: "A, a spokesman for X". */
const PERSON_ROLE_ORG = new RegExp(
  `^\\s*(?:,\\s*)?(?:(?:who\\s+)?(?:is|has\\s+been|remains|will\\s+remain|became|becomes|serves\\s+as|now)\\s+(?:(?:currently|also|now|still)\\s+)?)?` +
    `(?:(the|a|an|its|their)\\s+)?${ADJECTIVES}${ROLE}\\s+(?:of\\s+the\\s+(?:supervisory\\s+|executive\\s+)?board(?:\\s+of\\s+directors)?\\s+)?(?:of|at|for|with)\\s+(?:the\\s+)?$`,
  "i",
);
/** person [, who] verb organisation: "A joined X", "A, who chairs X". */
const PERSON_VERB_ORG =
  /^\s*(?:,\s*who\s+)?(?:also\s+|now\s+|currently\s+|has\s+|have\s+)?(chairs|heads|leads|runs|captains|coaches|manages|joined|rejoined|signed\s+(?:for|with)|plays\s+for|works\s+(?:for|at))\s+(?:the\s+)?$/i;
const VERB_TYPE: Readonly<Record<string, RoleType>> = {
  chairs: "HEADS",
  heads: "HEADS",
  leads: "HEADS",
  runs: "HEADS",
};
/**
 * person verb as [the] organisation['s] role: "A took over as X's president", "A was elected X
 * leader", "A will step down as X chairman" (current until then).
 */
const PERSON_BECAME =
  /^\s*(?:(?:has\s+|had\s+)?(?:took|taken)\s+over\s+as|became|(?:was|has\s+been|is)\s+(?:named|appointed|elected|confirmed|installed|made)(?:\s+as)?|will\s+(?:step|stand)\s+down\s+as|remains|serves\s+as)\s+(?:the\s+)?(?:new\s+)?$/i;
/** organisation verb [role] person: "X signed A", "X confirmed the signing of striker A". */
const ORG_SIGNED_PERSON = new RegExp(
  `^\\s+(?:has\\s+|have\\s+|had\\s+)?(?:signed|re-signed|recruited|(?:confirmed|completed|announced)\\s+the\\s+(?:signing|recruitment)\\s+of)\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${ORG_ROLE_PATTERN}\\s+)?$`,
  "iu",
);

/** The relation a role word gives, or null for a past one. */
function roleType(role: string | undefined, adjectives = ""): RoleType | null {
  if (!role || PAST.test(adjectives)) return null;
  const kind = ORG_ROLES.get(role.toLowerCase().replace(/\s+/g, " "));
  return kind === "head" ? "HEADS" : kind === "member" ? "MEMBER_OF" : null;
}

const BOARD = /^(?:the\s+)?board\b/i;
/** The longest stretch between a person and an organisation that a clause shape can span. */
const MAX_GAP = 100;

/**
 * The relation of "A, a spokesman for X", "A is a director of X": a head's role with "a" or "an"
 * is one of several (a director on the board), so a member's.
 */
function oneOfMany(article: string | undefined, m: RegExpExecArray): RoleType | null {
  const type = roleType(m[3], m[2]);
  return type === "HEADS" && /^an?$/i.test(article ?? "") ? "MEMBER_OF" : type;
}

/** HEADS when either of two coordinated roles heads ("president and chief executive"). */
function strongest(a: RoleType | null, b: RoleType | null): RoleType | null {
  return a === "HEADS" || b === "HEADS" ? "HEADS" : (a ?? b);
}

/** The role relation between a person and an organisation of one sentence, if a shape ties them. */
function tie(ctx: RelationContext, person: Located, org: Located): RoleType | null {
  const p = person.mention;
  const o = org.mention;
  // No shape spans more than a few words: far-apart pairs are ruled out before any pattern.
  if (Math.max(o.start - p.end, p.start - o.end) > MAX_GAP) return null;
  // A board is the organisation's own body ("a member of the Board"): the rules that read
  // appointments name the company instead.
  if (BOARD.test(org.entity.name)) return null;
  // A title written with the name ("UNICEF Executive Director A") is read by the title rule.
  if (o.end <= p.start && p.role?.org !== undefined) return null;
  if (o.end <= p.start) {
    const gap = between(ctx, o.end, p.start);
    const before = (): string => ctx.body.slice(Math.max(0, o.start - 60), o.start);
    const m = ORG_ROLE_PERSON.exec(gap);
    if (m) return strongest(roleType(m[2], `${m[1] ?? ""} ${before().slice(-12)}`), roleType(m[3]));
    const field = fieldRole(gap);
    if (field) return field;
    const of = ROLE_OF_GAP.test(gap) ? ROLE_OF_BEFORE.exec(before()) : null;
    if (of) return roleType(of[2], of[1]);
    return ORG_SIGNED_PERSON.test(gap) ? "MEMBER_OF" : null;
  }
  const gap = between(ctx, p.end, o.start);
  const after = ctx.body.slice(o.end, o.end + 60);
  if (BRACKETED.test(gap) && /^\s*\)/.test(after) && BRACKETED_NAME.test(o.name))
    return "MEMBER_OF";
  const lead = PERSON_THEN_ORG.exec(gap);
  if (lead) {
    const m = roleAfterOrg(after);
    return m ? roleType(m[2], `${lead[1] ?? ""} ${m[1] ?? ""}`) : null;
  }
  // "A, president of Local 12", "A joined the X's youth wing": the organisation is a longer name.
  const cutShort = opensLongerName(ctx, org);
  const apposition = PERSON_ROLE_ORG.exec(gap);
  if (apposition)
    return PHRASE_GOES_ON.test(after) || cutShort || modifiesNoun(ctx, org)
      ? null
      : oneOfMany(apposition[1], apposition);
  const verb = PERSON_VERB_ORG.exec(gap);
  if (verb && cutShort) return null;
  if (verb) return VERB_TYPE[verb[1]?.toLowerCase() ?? ""] ?? "MEMBER_OF";
  if (PERSON_BECAME.test(gap)) {
    const m = roleAfterOrg(after);
    return m ? roleType(m[2], m[1]) : null;
  }
  return null;
}

/** Role relations said by one clause shape in sentence `sentence`. */
export function fromRoleClauses(ctx: RelationContext, view: SentenceView): Found[] {
  const { evidence, located, orgs } = view;
  const found: Found[] = [];
  // "He is a director of X": a person the sentence tells by a pronoun or description too.
  for (const person of unquoted([...view.people, ...view.references])) {
    for (const org of orgs) {
      const type = tie(ctx, person, org);
      if (type && titlesAnother(ctx, located, person, org)) continue;
      if (type && cutFromLongerName(ctx, located, org.mention)) continue;
      const first = Math.min(person.mention.start, org.mention.start);
      if (!type || isNotFactual(between(ctx, evidence.start, first))) continue;
      found.push(roleRelation(ctx, view, type, [person, org], "role-clause"));
    }
  }
  return found;
}
