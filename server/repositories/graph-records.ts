// Entities and relations as the repositories hand them to services: plain values, and the
// Cypher projections that produce them (one place, so every query returns the same shape).
import type { ArticleSummary, EvidenceItem } from "../../contract/api";
import type { EntityKind, RelationType } from "../../contract/model";
import { relTypePattern } from "./neo4j-context";
import { toDateText, toNumber, toOptionalString, toStringList } from "./neo4j-values";

export interface EntityRecord {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  titles: string[];
  /** Relations of every type. */
  degree: number;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  date?: string;
  topic?: string;
  topics: string[];
  confidence: number;
  evidenceCount: number;
}

/**
 * Cypher: the degree of entity `v` (relations of every type), as stored by the loader and the
 * snapshot import; counted only for an entity stored before degrees were kept.
 */
export function storedDegree(v: string): string {
  return `CASE WHEN ${v}.degree IS NULL THEN COUNT { (${v})-[:${relTypePattern()}]-() } ELSE ${v}.degree END`;
}

/** Cypher map projection of entity `v` with its degree (all relation types). */
export function entityProjection(v: string): string {
  return `${v} {.id, .name, .kind, .aliases, .titles, degree: ${storedDegree(v)}}`;
}

/** Cypher map of relation `r`, its endpoints given by entity id. */
export function relationProjection(r: string): string {
  return `{id: ${r}.id, type: type(${r}), source: startNode(${r}).id, target: endNode(${r}).id,
    date: ${r}.date, topic: ${r}.topic, topics: ${r}.topics, confidence: ${r}.confidence,
    evidenceCount: ${r}.evidenceCount}`;
}

/** Cypher map projection of article `a` as an ArticleSummary. */
export function articleProjection(a: string): string {
  return `${a} {.id, .title, .outlet, .byline, .publishedOn, .sourceFile, .url}`;
}

export function toEntityRecord(raw: unknown): EntityRecord {
  const e = raw as Record<string, unknown>;
  return {
    id: String(e.id),
    name: String(e.name ?? e.id),
    kind: String(e.kind) as EntityKind,
    aliases: toStringList(e.aliases),
    titles: toStringList(e.titles),
    degree: toNumber(e.degree ?? 0),
  };
}

export function toRelationRecord(raw: unknown): RelationRecord {
  const r = raw as Record<string, unknown>;
  const record: RelationRecord = {
    id: String(r.id),
    type: String(r.type) as RelationType,
    source: String(r.source),
    target: String(r.target),
    topics: toStringList(r.topics),
    confidence: r.confidence === null || r.confidence === undefined ? 0 : toNumber(r.confidence),
    evidenceCount: toNumber(r.evidenceCount ?? 0),
  };
  const date = toDateText(r.date);
  if (date !== null) record.date = date;
  const topic = toOptionalString(r.topic);
  if (topic !== undefined) record.topic = topic;
  return record;
}

export function toArticleSummary(raw: unknown): ArticleSummary {
  const a = raw as Record<string, unknown>;
  return {
    id: String(a.id),
    title: String(a.title ?? ""),
    outlet: toOptionalString(a.outlet) ?? null,
    byline: toOptionalString(a.byline) ?? null,
    publishedOn: toDateText(a.publishedOn),
    sourceFile: String(a.sourceFile ?? ""),
    url: toOptionalString(a.url) ?? null,
  };
}

export function toEvidenceItem(rawEvidence: unknown, rawArticle: unknown): EvidenceItem {
  const v = rawEvidence as Record<string, unknown>;
  return {
    id: String(v.id),
    sentence: String(v.sentence ?? ""),
    start: toNumber(v.start ?? 0),
    end: toNumber(v.end ?? 0),
    rule: String(v.rule ?? ""),
    confidence: toNumber(v.confidence ?? 0),
    article: toArticleSummary(rawArticle),
  };
}
