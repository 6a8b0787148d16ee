// Turns one article's extraction into the records the knowledge writer stores: stable ids for
// entities, relations and evidence, so that re-ingesting writes the same keys and a second
// article about the same people lands on the same nodes and relationships.
import { createHash } from "node:crypto";
import {
  SYMMETRIC_RELATION_TYPES,
  type EntityKind,
  type Extraction,
  type RelationType,
} from "../../contract/model";

export interface EntityRecord {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  titles: string[];
}

export interface MentionRecord {
  articleId: string;
  entityId: string;
  count: number;
  starts: number[];
  ends: number[];
}

export interface EvidenceRecord {
  id: string;
  relationId: string;
  articleId: string;
  type: RelationType;
  sentence: string;
  start: number;
  end: number;
  rule: string;
  confidence: number;
  date: string | null;
  topic: string | null;
}

export interface RelationRecord {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  date: string | null;
  topic: string | null;
  confidence: number;
  evidence: EvidenceRecord;
}

export interface KnowledgeRecords {
  entities: EntityRecord[];
  mentions: MentionRecord[];
  relations: RelationRecord[];
}

/** `Lee In-young` -> `lee-in-young`: case, accents and punctuation do not make a new entity. */
export function nameKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s\b/g, "")
    .replace(/^the\s+/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

export function entityId(kind: EntityKind, name: string): string {
  return `${kind.toLowerCase()}:${nameKey(name)}`;
}

function hash(...parts: (string | number | null)[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 24);
}

/** The relation's identity: its type, its endpoints (ordered when symmetric) and its date. */
export function relationId(
  type: RelationType,
  from: string,
  to: string,
  date: string | null,
): string {
  const [a, b] = SYMMETRIC_RELATION_TYPES.includes(type) && from > to ? [to, from] : [from, to];
  return `${type.toLowerCase()}:${hash(type, a, b, type === "MET_WITH" ? date : null)}`;
}

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * Turns the extraction's offsets into `body` (UTF-16 units, JavaScript's) into offsets in Unicode
 * code points, the unit of Python's `body[start:end]` and Cypher's `substring()`: they differ
 * after any character outside the Basic Multilingual Plane (an emoji, say).
 */
export function codePointOffsets(body: string): (utf16Offset: number) => number {
  if (!/[\uD800-\uDFFF]/.test(body)) return (offset) => offset;
  const points = new Uint32Array(body.length + 1);
  let count = 0;
  for (let i = 0; i < body.length; i++) {
    points[i] = count;
    // The second half of a surrogate pair belongs to the code point its first half started.
    if (!(isLowSurrogate(body.charCodeAt(i)) && isHighSurrogate(body.charCodeAt(i - 1)))) count++;
  }
  points[body.length] = count;
  return (offset) => points[offset] ?? count;
}

/** The records of one article; offsets are stored in code points of `body` (see codePointOffsets). */
export function toKnowledgeRecords(
  articleId: string,
  extraction: Extraction,
  body: string,
): KnowledgeRecords {
  const at = codePointOffsets(body);
  const idByName = new Map<string, string>();
  const entities = new Map<string, EntityRecord>();
  const mentions: MentionRecord[] = [];
  for (const entity of extraction.entities) {
    // A generic institution is stored (and merged across articles) under its country-qualified
    // name, so Mongolia's and China's foreign ministries are two nodes; its bare name stays an alias.
    const stored = entity.qualifiedName ?? entity.name;
    const id = entityId(entity.type, stored);
    idByName.set(entity.name, id);
    const known = entities.has(id);
    addEntity(entities, {
      id,
      name: stored,
      kind: entity.type,
      aliases: stored === entity.name ? entity.aliases : [entity.name, ...entity.aliases],
      titles: entity.title ? [entity.title] : [],
    });
    if (!known && entity.mentions.length > 0) {
      mentions.push({
        articleId,
        entityId: id,
        count: entity.mentions.length,
        starts: entity.mentions.map((m) => at(m.start)),
        ends: entity.mentions.map((m) => at(m.end)),
      });
    }
  }

  const relations: RelationRecord[] = [];
  for (const relation of extraction.relations) {
    const fromId = idByName.get(relation.from);
    const toId = idByName.get(relation.to);
    if (!fromId || !toId || fromId === toId) continue;
    const symmetric = SYMMETRIC_RELATION_TYPES.includes(relation.type);
    const [from, to] = symmetric && fromId > toId ? [toId, fromId] : [fromId, toId];
    const date = relation.date ?? null;
    const id = relationId(relation.type, from, to, date);
    relations.push({
      id,
      type: relation.type,
      from,
      to,
      date: relation.type === "MET_WITH" ? date : null,
      topic: relation.topic ?? null,
      confidence: relation.confidence,
      evidence: {
        id: `evidence:${hash(id, articleId, relation.evidence.start)}`,
        relationId: id,
        articleId,
        type: relation.type,
        sentence: relation.evidence.sentence,
        start: at(relation.evidence.start),
        end: at(relation.evidence.end),
        rule: relation.rule,
        confidence: relation.confidence,
        date,
        topic: relation.topic ?? null,
      },
    });
  }
  return { entities: [...entities.values()], mentions, relations };
}

/** Adds an entity to `into`, uniting its aliases and titles with those of the same id. */
function addEntity(into: Map<string, EntityRecord>, entity: EntityRecord): void {
  const known = into.get(entity.id);
  const aliases = new Set([...(known?.aliases ?? []), ...entity.aliases]);
  aliases.delete(known?.name ?? entity.name);
  const titles = new Set([...(known?.titles ?? []), ...entity.titles]);
  into.set(entity.id, {
    ...(known ?? entity),
    aliases: [...aliases].sort(),
    titles: [...titles].sort(),
  });
}

/** The records of several articles as one batch: each entity once, everything else as is. */
export function mergeKnowledge(batch: readonly KnowledgeRecords[]): KnowledgeRecords {
  const entities = new Map<string, EntityRecord>();
  for (const records of batch) for (const entity of records.entities) addEntity(entities, entity);
  return {
    entities: [...entities.values()],
    mentions: batch.flatMap((r) => r.mentions),
    relations: batch.flatMap((r) => r.relations),
  };
}
