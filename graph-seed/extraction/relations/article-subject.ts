// The organisation an article is about: the one named in its headline or lead and mentioned more
// than any other organisation. News names it once and then writes "the company", "the
// club", "the party" or nothing at all ("A, the chief executive, said"; "the new coach A"), so the
// role rules need it for a role word written without an organisation. Two organisations with no
// clear lead between them give no subject.

import type { Entity } from "../entity-resolver";
import type { RelationContext } from "./relation-context";

/** Kinds of organisation a role word or a description ("the club") can point at. */
export type OrgKind = "company" | "club" | "party" | "union" | "federation" | "court" | "body";

const KIND_PATTERNS: readonly (readonly [OrgKind, RegExp])[] = [
  ["court", /\b(?:Court|Tribunal|Bench)\b/],
  ["party", /\b(?:Party|Parti|Partido|Congress|Alliance|Front|Movement|Democrats|Republicans)\b/],
  ["union", /\b(?:Union|Unions|Workers|Teachers|Nurses|Guild|Syndicate)\b/],
  ["federation", /\b(?:Federation|Association|League|Confederation|Board of Control)\b/],
  ["club", /\b(?:FC|F\.C\.|AFC|SC|CF|United|Rovers|Athletic|Wanderers|Club)\b/],
  [
    "company",
    /\b(?:Inc|Corp|Corporation|Co|Company|Ltd|Limited|plc|PLC|Plc|LLC|AG|SA|NV|Bhd|Berhad|Group|Holdings?|Bank|Motors?|Airlines?|Airways|Properties|Energy|Petroleum|Oil|Telecom|Technologies|Electronics|Industries|Capital|Partners|Pharmaceuticals|Insurance)\b/,
  ],
];

/** The kind of an organisation as its name says it; "body" when the name does not say. */
export function orgKind(name: string): OrgKind {
  for (const [kind, pattern] of KIND_PATTERNS) if (pattern.test(name)) return kind;
  return "body";
}

/** How many sentences from the start count as the lead, after the headline. */
const LEAD_SENTENCES = 2;

/** A dateline's place read as a name ("DUBAI: ...", "LAGOS — ..."): not what the story is about. */
const DATELINE = /^\s*(?:\(\w+\)\s*)?[:—–]/;

interface Candidate {
  entity: Entity;
  /** The entity and its short names ("Toyota" beside "Toyota Motor"). */
  names: Set<Entity>;
  count: number;
  inLead: boolean;
}

/** The article's subject, or null when none stands out. */
export interface Subject {
  entity: Entity;
  /** The entity and the short names counted with it: any of them is the subject where written. */
  names: ReadonlySet<Entity>;
  kind: OrgKind;
}

const candidatesCache = new WeakMap<RelationContext, Candidate[]>();
const cache = new WeakMap<RelationContext, Map<OrgKind | "any", Subject | null>>();

/**
 * Every organisation of the article with its written mentions and whether the lead names it. A
 * name that opens a dateline is a place read as a name and never the subject.
 */
function candidates(ctx: RelationContext): Candidate[] {
  const cached = candidatesCache.get(ctx);
  if (cached) return cached;
  const found: Candidate[] = [];
  for (const entity of ctx.entities) {
    if (entity.kind !== "Organization") continue;
    let count = 0;
    let inLead = ctx.title.includes(entity.name);
    let dateline = false;
    for (const index of entity.mentions) {
      const mention = ctx.mentions[index];
      if (!mention || mention.implied) continue;
      dateline ||= DATELINE.test(ctx.body.slice(mention.end, mention.end + 6));
      count++;
      if (mention.sentence < LEAD_SENTENCES) inLead = true;
    }
    if (count > 0 && !dateline) found.push({ entity, names: new Set([entity]), count, inLead });
  }
  const merged = mergeShortNames(found);
  candidatesCache.set(ctx, merged);
  return merged;
}

/**
 * "Toyota" beside "Toyota Motor": a company's short name left as its own entity counts with the
 * full name, and the one written more often stands for both.
 */
function mergeShortNames(found: Candidate[]): Candidate[] {
  const merged: Candidate[] = [];
  for (const c of [...found].sort((a, b) => a.entity.name.length - b.entity.name.length)) {
    const short = merged.find((m) => c.entity.name.startsWith(`${m.entity.name} `));
    if (!short) {
      merged.push({ ...c, names: new Set(c.names) });
      continue;
    }
    short.names.add(c.entity);
    if (c.count > short.count) short.entity = c.entity;
    short.count += c.count;
    short.inLead ||= c.inLead;
  }
  return merged;
}

/**
 * The article's subject organisation: named in the headline or lead, mentioned at least twice
 * and at least twice as often as any other organisation. Null when no organisation stands out
 * (a story about two companies, a league and its clubs). With a kind, the subject among the
 * organisations of that kind, which may be named once ("The X High Court ruled ...", where the
 * parties to the case are named more often).
 */
export function subjectOrg(ctx: RelationContext, kind?: OrgKind): Subject | null {
  const byKind = cache.get(ctx) ?? new Map<OrgKind | "any", Subject | null>();
  cache.set(ctx, byKind);
  const cached = byKind.get(kind ?? "any");
  if (cached !== undefined) return cached;
  let best: Candidate | undefined;
  let runnerUp = 0;
  for (const c of candidates(ctx)) {
    if (kind && orgKind(c.entity.name) !== kind) continue;
    if (!best || c.count > best.count) {
      runnerUp = best?.count ?? 0;
      best = c;
    } else runnerUp = Math.max(runnerUp, c.count);
  }
  const subject =
    best && best.inLead && best.count >= (kind ? 1 : 2) && best.count >= 2 * runnerUp
      ? { entity: best.entity, names: best.names, kind: orgKind(best.entity.name) }
      : null;
  byKind.set(kind ?? "any", subject);
  return subject;
}
