// The extraction pipeline for one parsed article: sentences, mentions, entities, then relations
// by rule, keeping only facts stated as having happened (confidence >= MIN_CONFIDENCE).

import type {
  Evidence,
  ExtractedEntity,
  ExtractedRelation,
  Extraction,
  ParsedArticle,
} from "../../contract/model";
import { SYMMETRIC_RELATION_TYPES } from "../../contract/model";
import { resolveEntities } from "./entity-resolver";
import type { Entity } from "./entity-resolver";
import type { Mention } from "./mention";
import { findMentions } from "./mention-finder";
import { findDisagreements } from "./relations/disagrees-on";
import { findCoalitionMembers } from "./relations/coalitions";
import { findGroupRoles, headsMeet } from "./relations/group-relations";
import { findMeetings } from "./relations/met-with";
import { MIN_CONFIDENCE } from "./relations/modality";
import type { RelationContext } from "./relations/relation-context";
import { findRoles } from "./relations/role-relations";
import { splitSentences } from "./sentence-splitter";

export { MIN_CONFIDENCE };

function toEntity(
  entity: Entity,
  mentions: readonly Mention[],
  sentences: readonly Evidence[],
): ExtractedEntity {
  const seen = new Set<number>();
  const evidence: Evidence[] = [];
  for (const k of entity.mentions) {
    const s = mentions[k]?.sentence;
    const sentence = s === undefined ? undefined : sentences[s];
    if (s === undefined || !sentence || seen.has(s)) continue;
    seen.add(s);
    evidence.push({ ...sentence });
  }
  // The most telling current title: one that names a country or organisation, else the first.
  const current = entity.roles.filter((r) => !r.past);
  const role = current.find((r) => r.country ?? r.org ?? r.portfolio) ?? current[0];
  const title = role?.title.replace(/^(?:new|current|incoming)\s+/i, "");
  return {
    name: entity.name,
    type: entity.kind,
    aliases: [...entity.aliases].filter((a) => a !== entity.name).sort(),
    ...(title ? { title } : {}),
    ...(entity.qualifiedName ? { qualifiedName: entity.qualifiedName } : {}),
    mentions: evidence,
  };
}

/** Keeps the most confident statement of each fact; symmetric relations get a canonical order. */
function dedupe<R extends ExtractedRelation>(relations: readonly R[]): R[] {
  const best = new Map<string, R>();
  for (const r of relations) {
    const symmetric = SYMMETRIC_RELATION_TYPES.includes(r.type);
    const [from, to] = symmetric && r.from > r.to ? [r.to, r.from] : [r.from, r.to];
    const key = `${r.type}|${from}|${to}|${r.date ?? ""}`;
    const kept = best.get(key);
    if (!kept || r.confidence > kept.confidence) best.set(key, { ...r, from, to });
  }
  // An undated meeting of a pair that also has a dated one is the same meeting told again.
  const dated = new Set(
    [...best.values()]
      .filter((r) => r.type === "MET_WITH" && r.date)
      .map((r) => `${r.from}|${r.to}`),
  );
  return [...best.values()].filter(
    (r) => !(r.type === "MET_WITH" && !r.date && dated.has(`${r.from}|${r.to}`)),
  );
}

/** A relation with the rule family (the finder below) whose statement survived dedupe. */
export interface TracedRelation extends ExtractedRelation {
  family: RuleFamily;
}

/** The relation finders extract() runs; with each relation's `rule`, a relation's provenance. */
export type RuleFamily = "meetings" | "group-heads-meet" | "roles" | "groups" | "disagreements";

function traced(family: RuleFamily, relations: readonly ExtractedRelation[]): TracedRelation[] {
  return relations.map((r) => ({ ...r, family }));
}

/**
 * extract() with each relation's rule family kept, for measuring which rules make which
 * relations (per-rule precision on real text); the public output is this without `family`.
 */
export function extractTraced(article: ParsedArticle): Omit<Extraction, "relations"> & {
  relations: TracedRelation[];
} {
  const sentences = splitSentences(article.body);
  const mentions = findMentions(article.body, sentences);
  const entities = resolveEntities(mentions, article.body);
  const ctx: RelationContext = {
    body: article.body,
    title: article.title,
    publishedOn: article.publishedOn,
    sentences,
    mentions,
    entities,
  };
  const groups = findGroupRoles(ctx);
  const meetings = findMeetings(ctx);
  const relations = [
    ...traced("meetings", meetings),
    ...traced("group-heads-meet", headsMeet(ctx, meetings, groups.headOf)),
    ...traced("roles", findRoles(ctx)),
    ...traced("groups", findCoalitionMembers(ctx)),
    ...traced("groups", groups.relations),
    ...traced("disagreements", findDisagreements(ctx)),
  ];
  return {
    entities: entities
      .filter((e) => e.mentions.length > 0)
      .map((e) => toEntity(e, mentions, sentences)),
    relations: dedupe(relations.filter((r) => r.confidence >= MIN_CONFIDENCE)),
  };
}

/** Extracts entities and relations (with evidence) from one parsed article. */
export function extract(article: ParsedArticle): Extraction {
  const { entities, relations } = extractTraced(article);
  return { entities, relations: relations.map(({ family: _family, ...r }) => r) };
}
