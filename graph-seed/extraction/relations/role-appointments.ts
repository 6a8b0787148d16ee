// HEADS and MEMBER_OF from appointments and successions. Two readers share one reading of the role
// phrase that follows the appointed name (role-taken.ts):
//   the organisation names   "X has named A as chief executive", "X's board appointed A its new
//                            chairman", "X named A, 51, president of its unit Y" (A heads Y and
//                            belongs to X)
//   the person takes a role  "A was appointed president and group chief executive of X", "A has
//                            been named chairman of the supervisory board at X", "A took over as
//                            X's coach", "A replaced B as president of X", "A, who was elected
//                            leader of X,"
// A role taken without an organisation in the phrase is left to the article-subject rules.

import { isNotFactual } from "./modality";
import { organisationReferencesIn } from "./organisation-references";
import { between, cutFromLongerName, opensLongerName } from "./relation-context";
import type { Found, Located, RelationContext } from "./relation-context";
import { roleTaken } from "./role-taken";
import type { RoleTaken } from "./role-taken";
import { roleRelation } from "./sentence-view";
import type { SentenceView } from "./sentence-view";

/** "X has named", "X said its board had appointed", "X's board of directors appointed". */
const ORG_NAMED = new RegExp(
  `^\\s*(?:,\\s*)?(?:(?:which|that)\\s+)?(?:['’]s\\s+(?:(?:supervisory|executive)\\s+)?board(?:\\s+of\\s+directors)?\\s+)?` +
    `(?:(?:has\\s+|have\\s+|had\\s+)?(?:said|announced|confirmed)\\s+(?:on\\s+\\S+\\s+|today\\s+)?(?:that\\s+)?(?:it|its\\s+board(?:\\s+of\\s+directors)?)\\s+)?` +
    `(?:has\\s+|have\\s+|had\\s+)?(?:also\\s+)?(?:re-?)?(?:named|appointed|elected|picked|chose|tapped|promoted|hired)\\s+$`,
  "i",
);
const NAMING_VERB = /\b(?:re-?)?(?:named|appointed|elected|picked|chose|tapped|promoted|hired)\s/i;
/** "X announced (today) the appointment of A", "X confirmed the nomination of A": X names A. A
 * regulator or a meeting that approves an appointment names nobody to itself. */
const APPOINTMENT_OF =
  /^\s*(?:,\s*)?(?:has\s+|had\s+)?(?:also\s+)?(?:announced|confirmed|unveiled)\s+(?:\S+\s+){0,2}?(?:the\s+)?(?:appointment|nomination|election|re-election)\s+of\s+$/i;
/** A board names for the organisation it is the board of: "X said its board has named A". */
const BOARD = /^(?:the\s+)?board\b|\bboard of directors$/i;
/**
 * What may stand between the appointed name and the role it is given: "A as", "A, 51, as",
 * "A, currently Y president, as" (an aside of a few words set off by commas).
 */
const ASIDE = /^\s*(?:,[^,;]{1,60}?,?\s+(?=as\s)|,\s*)?/;

/**
 * The verb by which the person written just before takes a role: passive for the verbs of naming
 * (active, the person names someone else), active for "took over as", "became", "replaced B as".
 */
const TAKES_ROLE =
  /^\s*(?:,\s*who\s+)?(?:(?:(?:has|had|have)\s+been|was|is|were)\s+(?:also\s+|now\s+)?(?:re-?)?(?:named|appointed|elected|made|picked|chosen|promoted\s+to|installed|confirmed)(?:\s+as)?|(?:has\s+|had\s+)?(?:took|taken|takes)\s+over\s+as|became|becomes|(?:replaced|replaces|succeeded|succeeds)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}as)\s+/u;

/**
 * A naming verb whose subject is no organisation named in the sentence ("the apex bank announced
 * A as ..."): the role phrase after "as" must then name the organisation itself.
 */
const NAMED_BY_SOMEONE =
  /\b(?:re-?)?(?:named|appointed|elected|announced|confirmed|unveiled|picked|chose|tapped|promoted|hired)\s+$/i;
const AS_ROLE = /^\s+as\s/;
/** "..., with B as the executive director": a second appointee in the same clause. */
const WITH_BEFORE = /^[^.;]*\bwith\s+$/;
/** "For X, A was appointed ...", "At X, A takes over as ...": the organisation is fronted. */
const FRONTED = /^[\s"“]*(?:For|At|In)\s+(?:the\s+)?$/;

const CAPITALISED_BEFORE = /(?:^|\s)\p{Lu}[\p{L}\p{N}&.'’-]*\s$/u;
/** Capitalised only because they open the sentence. */
const SENTENCE_OPENERS =
  /^(?:The|A|An|On|In|At|After|Before|But|And|Also|Meanwhile|Separately|Earlier|Later|Last|This|That|Its|When|While|As|Since|Then|Now)$/;

/**
 * Whether a name was cut from a longer capitalised one ("XY Energy Solution" read as "Energy
 * Solution"): a capitalised word stands right before it, other than a sentence's opening word.
 */
function cutShort(ctx: RelationContext, org: Located, sentenceStart: number): boolean {
  const before = ctx.body.slice(sentenceStart, org.mention.start);
  const word = CAPITALISED_BEFORE.exec(before.slice(-40))?.[0].trim();
  if (!word) return false;
  return before.trim().length > word.length || !SENTENCE_OPENERS.test(word);
}

/** The organisation that named the person: the subject before the naming verb ("it" allowed). */
function namerOf(
  ctx: RelationContext,
  orgs: readonly Located[],
  person: Located,
  sentenceStart: number,
): Located | undefined {
  return orgs
    .filter((o) => o.mention.end <= person.mention.start && !cutShort(ctx, o, sentenceStart))
    .reverse()
    .find((o) => {
      const gap = between(ctx, o.mention.end, person.mention.start);
      if (APPOINTMENT_OF.test(gap)) return true;
      // "named Disney Parks chairman A": a title between the verb and the name is allowed.
      const verbAt = gap.search(NAMING_VERB);
      if (verbAt < 0) return false;
      const verbEnd = gap.indexOf(" ", verbAt) + 1;
      return ORG_NAMED.test(gap.slice(0, verbEnd)) && !/[.;]/.test(gap);
    });
}

/** The organisation a board belongs to: "X said its board", "X's board"; the namer otherwise. */
function boardOwner(
  ctx: RelationContext,
  orgs: readonly Located[],
  namer: Located,
): Located | undefined {
  if (!BOARD.test(namer.entity.name)) return namer;
  return orgs.find(
    (o) =>
      o.mention.end <= namer.mention.start &&
      /(?:\bits\s+|['’]s\s+)(?:\p{L}+\s+){0,2}$/u.test(
        between(ctx, o.mention.end, namer.mention.start),
      ) &&
      !/[.;]/.test(between(ctx, o.mention.end, namer.mention.start)),
  );
}

/**
 * The organisation of a role phrase when it is the name itself, not the opening of a longer one
 * ("president of the X's legal office"); a possessor ("X's new coach") is the organisation.
 */
function wholeOrg(
  ctx: RelationContext,
  located: readonly Located[],
  role: RoleTaken | undefined,
): Located | undefined {
  const org = role?.org;
  if (!org || cutFromLongerName(ctx, located, org.mention)) return undefined;
  return role.owned || !opensLongerName(ctx, org) ? org : undefined;
}

/**
 * "X (also) named three new members to its supervisory board: A, ...; B, ...; and C, ...": the
 * verb, the board and a colon, then one appointee at the start of each item of the list.
 */
const BOARD_LIST =
  /^\s+(?:has\s+|have\s+|had\s+)?(?:also\s+)?(?:named|appointed|elected|added|nominated)\s+(?:[\p{L}-]+\s+){0,2}(?:members?|directors?)\s+(?:to|of|on)\s+(?:the|its|their)\s+(?:(?:supervisory|executive|management)\s+)?board(?:\s+of\s+directors)?\s*:\s*$/iu;
/** Items with titles are set off by semicolons; bare names by commas and "and". */
const TITLED_ITEM = /^\s*;\s*(?:and\s+)?$/;
const BARE_ITEM = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;

/** MEMBER_OF the organisation for each person listed after "X named N members to its board:". */
function boardAppointees(ctx: RelationContext, view: SentenceView): [Located, Located][] {
  const { people, orgs } = view;
  const sentenceEnd = view.evidence.end;
  const first = people[0];
  if (!first) return [];
  const namer = orgs
    .filter((o) => o.mention.end <= first.mention.start)
    .find((o) => BOARD_LIST.test(between(ctx, o.mention.end, first.mention.start)));
  if (!namer) return [];
  const titled = between(ctx, first.mention.end, sentenceEnd).includes(";");
  const pairs: [Located, Located][] = [[first, namer]];
  for (let k = 1; k < people.length; k++) {
    const person = people[k];
    const prior = people[k - 1];
    if (!person || !prior) break;
    const gap = between(ctx, prior.mention.end, person.mention.start);
    // "A, chief officer at Y; B, ...": an item's title runs to its semicolon.
    const opens = titled ? TITLED_ITEM.test(gap.replace(/^[^;]*/, "")) : BARE_ITEM.test(gap);
    if (opens) pairs.push([person, namer]);
    else if (!titled) break;
  }
  return pairs;
}

/**
 * The organisation of a clause whose role phrase names none: one fronted before the clause
 * ("For X, A was appointed as ..."), or for a co-appointee the last one named before it.
 */
function clauseOrg(
  ctx: RelationContext,
  view: SentenceView,
  person: Located,
  coAppointee: boolean,
): Located | undefined {
  const before = view.orgs.filter(
    (o) =>
      o.mention.end <= person.mention.start &&
      !cutFromLongerName(ctx, view.located, o.mention) &&
      !opensLongerName(ctx, o),
  );
  if (coAppointee) return before.at(-1);
  const first = before[0];
  if (!first || !FRONTED.test(between(ctx, view.evidence.start, first.mention.start)))
    return undefined;
  return /^\s*,\s*$/.test(between(ctx, first.mention.end, person.mention.start))
    ? first
    : undefined;
}

/**
 * "A was appointed as the bank's executive director": the organisation a description that owns
 * the role phrase starting at `at` refers back to (organisation-references.ts).
 */
function describedOwner(ctx: RelationContext, view: SentenceView, at: number): Located | undefined {
  const opening = /^\s*(?:as\s+)?/.exec(ctx.body.slice(at, view.evidence.end))?.[0].length ?? 0;
  return organisationReferencesIn(ctx, view.sentence).find(
    (r) =>
      r.mention.start === at + opening &&
      /^['’]s\s/.test(ctx.body.slice(r.mention.end, r.mention.end + 3)),
  );
}

/** Roles from appointments in one sentence. */
export function fromAppointments(ctx: RelationContext, view: SentenceView): Found[] {
  const { evidence, located, orgs } = view;
  const found: Found[] = [];
  const add = (type: RoleTaken["type"], person: Located, org: Located, rule: string): void => {
    found.push(roleRelation(ctx, view, type, [person, org], rule));
  };
  const appointees = boardAppointees(ctx, view);
  for (const [person, org] of appointees)
    if (!isNotFactual(between(ctx, evidence.start, org.mention.start)))
      add("MEMBER_OF", person, org, "board-appointee");
  for (const person of [...view.people, ...view.references]) {
    // A listed board member's own title names another organisation, not this appointment.
    if (appointees.some(([p]) => p === person)) continue;
    if (isNotFactual(between(ctx, evidence.start, person.mention.start))) continue;
    const after = ctx.body.slice(person.mention.end, evidence.end);
    const namer = namerOf(ctx, orgs, person, evidence.start);
    if (namer) {
      const aside = ASIDE.exec(after)?.[0].length ?? 0;
      const role = roleTaken(ctx, orgs, person.mention.end + aside, evidence.end);
      const owner = boardOwner(ctx, orgs, namer);
      const of = wholeOrg(ctx, located, role);
      // "X named A president of its unit Y": A heads Y and belongs to X. An officer's "of Y"
      // names a department ("vice president of Communications"), not an organisation.
      if (role?.type === "HEADS" && of && owner && of.entity !== owner.entity) {
        add(role.type, person, of, "named-role-of");
        add("MEMBER_OF", person, owner, "named-member");
      } else if (role && owner) {
        add(role.type, person, owner, role.type === "HEADS" ? "named-head" : "named-member");
      }
      continue;
    }
    const verb = TAKES_ROLE.exec(after);
    const as = !verb && AS_ROLE.test(after);
    const before = between(ctx, evidence.start, person.mention.start);
    const prior = view.people.filter((p) => p.mention.end <= person.mention.start).at(-1);
    // "with B as ..." continues an appointment made to someone named before B.
    const coAppointee =
      as &&
      prior !== undefined &&
      WITH_BEFORE.test(between(ctx, prior.mention.end, person.mention.start));
    if (!verb && !coAppointee && !(as && NAMED_BY_SOMEONE.test(before))) continue;
    const role = roleTaken(ctx, orgs, person.mention.end + (verb?.[0].length ?? 0), evidence.end);
    const at = person.mention.end + (verb?.[0].length ?? 0);
    const org =
      wholeOrg(ctx, located, role) ??
      describedOwner(ctx, view, at) ??
      (verb || coAppointee ? clauseOrg(ctx, view, person, coAppointee) : undefined);
    if (role && org)
      add(
        role.type,
        person,
        org,
        role.type === "HEADS" ? "appointed-head-of" : "appointed-member-of",
      );
  }
  return found;
}
