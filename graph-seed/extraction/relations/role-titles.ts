// HEADS, MEMBER_OF and REPRESENTS carried by a title written with the name ("Unification
// Minister X", "US Ambassador X", "Disney Parks chairman X", "President X of France"), read from
// the role the name finders attached to the person's mention.

import { STATE_HEAD_TITLES } from "../lexicon/roles";
import type { RoleKind } from "../lexicon/roles";
import type { Entity } from "../entity-resolver";
import type { Role } from "../mention";
import { between, cutFromLongerName, followsNameAndComma, relation } from "./relation-context";
import type { Found, Located, RelationContext } from "./relation-context";
import type { SentenceView } from "./sentence-view";

function kindRelation(kind: RoleKind): "HEADS" | "MEMBER_OF" | "REPRESENTS" | null {
  if (kind === "head") return "HEADS";
  if (kind === "member") return "MEMBER_OF";
  return kind === "represent" ? "REPRESENTS" : null;
}

/**
 * "Disney Parks chairman X": the words before a title other than a minister's name an
 * organisation the article names elsewhere.
 */
function namedOrg(ctx: RelationContext, role: Role): Entity | undefined {
  const words = role.portfolio;
  if (!words || role.word.endsWith("minister")) return undefined;
  return ctx.entities.find(
    (e) => e.kind === "Organization" && (e.name === words || e.aliases.has(words)),
  );
}

const LEGISLATOR = /^(?:legislator|lawmaker|mp|member of parliament|assemblyman|assemblywoman)$/;
const CONSTITUENCY =
  /\s(?:North|South|East|West|Central|North[- ]East|North[- ]West|South[- ]East|South[- ]West)$/;

/** "A, Minister of Finance, B": a title set off by commas between two names is the first's. */
function inNameList(
  ctx: RelationContext,
  located: readonly Located[],
  person: Located["mention"],
  role: Role,
): boolean {
  const start = ctx.sentences[person.sentence]?.start ?? 0;
  const before = ctx.body.slice(start, person.start);
  const comma = /,\s*$/.exec(before);
  const at = comma ? before.lastIndexOf(role.title, comma.index) : -1;
  if (!comma || at < 0 || !/^\s*$/.test(before.slice(at + role.title.length, comma.index)))
    return false;
  return followsNameAndComma(ctx, located, start + at);
}

/** Relations carried by a title written with the name. */
export function fromTitles(ctx: RelationContext, view: SentenceView): Found[] {
  const { located, sentence } = view;
  const found: Found[] = [];
  for (const { mention, entity } of located) {
    const role = mention.role;
    if (mention.kind !== "Person" || !role || role.past || inNameList(ctx, located, mention, role))
      continue;
    const org = role.org !== undefined ? ctx.mentions[role.org] : undefined;
    if (org && cutFromLongerName(ctx, located, org)) continue;
    // "Westmark North legislator A": a member of parliament for a constituency, which is a place.
    if (org && LEGISLATOR.test(role.word) && CONSTITUENCY.test(org.name)) continue;
    const orgEntity = org?.entity !== undefined ? ctx.entities[org.entity] : namedOrg(ctx, role);
    const country =
      role.country &&
      ctx.entities.find((e) => e.kind === "Country" && e.name === role.country?.name);
    const type = kindRelation(role.kind);
    if (orgEntity && (type === "HEADS" || type === "MEMBER_OF")) {
      found.push(
        relation(ctx, {
          type,
          from: entity,
          to: orgEntity,
          confidence: 0.85,
          rule: type === "HEADS" ? "title-heads" : "title-member",
          sentence,
        }),
      );
    } else if (country && type === "HEADS" && STATE_HEAD_TITLES.has(role.word)) {
      found.push(
        relation(ctx, {
          type: "HEADS",
          from: entity,
          to: country,
          confidence: 0.8,
          rule: "title-heads-state",
          sentence,
        }),
      );
    } else if (country && type === "REPRESENTS") {
      found.push(
        relation(ctx, {
          type: "REPRESENTS",
          from: entity,
          to: country,
          confidence: 0.85,
          rule: "title-represents",
          sentence,
        }),
      );
    } else if (type === "REPRESENTS" || (type === "HEADS" && STATE_HEAD_TITLES.has(role.word))) {
      // "Ambassador X of the Republic of Peru", "President X of France"
      const of = located.find(
        (l) =>
          l.entity.kind === "Country" &&
          /^\s+of\s+(?:the\s+)?(?:Republic of\s+)?$/.test(
            between(ctx, mention.end, l.mention.start),
          ),
      );
      if (of)
        found.push(
          relation(ctx, {
            type,
            from: entity,
            to: of.entity,
            confidence: 0.8,
            rule: "title-of-country",
            sentence,
          }),
        );
    }
  }
  return found;
}
