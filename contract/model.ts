// The graph model shared by graph-seed, server and client: entity kinds, relation types and the
// shapes of articles, entities, relations and their evidence. Imports nothing.

/** Kinds of entity the extractor recognises; the first three are the core of the model. */
export const ENTITY_KINDS = ["Person", "Organization", "Country", "Place", "Group"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * Relation types between entities. Direction matters except for the symmetric ones
 * (MET_WITH, DISAGREES_ON), which are stored once with their endpoints in a canonical order.
 */
export const RELATION_TYPES = [
  "MET_WITH",
  "HEADS",
  "MEMBER_OF",
  "DISAGREES_ON",
  "REPRESENTS",
  "PART_OF",
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

export const SYMMETRIC_RELATION_TYPES: readonly RelationType[] = ["MET_WITH", "DISAGREES_ON"];

/** An article as published, split into its metadata and its clean body. */
export interface ParsedArticle {
  /** Headline, or the first line of the body when the page has none. */
  title: string;
  /** Outlet that published it ("The Korea Herald"), when the page says so. */
  outlet: string | null;
  /** Byline author(s) ("Ahn Sung-mi"), when stated. */
  byline: string | null;
  /** The page's address, when the page states it on a line of its own. */
  url: string | null;
  /** Publication date as YYYY-MM-DD, when stated. */
  publishedOn: string | null;
  /** The article's text with navigation, menus, share links and footers removed. */
  body: string;
}

/** Where a fact is stated: a sentence of an article's clean body and its character offsets. */
export interface Evidence {
  sentence: string;
  /**
   * Offset of the sentence's first character in the clean body: UTF-16 units as extracted
   * (JavaScript's); stored and served in Unicode code points (see docs/graph-model.md).
   */
  start: number;
  /** Offset just past the sentence's last character. */
  end: number;
}

/** An entity found in one article, with every name the article uses for it. */
export interface ExtractedEntity {
  /** Canonical name: the fullest form the article gives ("Lee In-young"). */
  name: string;
  type: EntityKind;
  /** Other names for the same entity in this article ("Lee", "Unification Minister Lee"). */
  aliases: string[];
  /** Job title or role when the article gives one ("Unification Minister"). */
  title?: string;
  /**
   * For an institution every country has ("Ministry of Foreign Affairs", "Parliament"): its name
   * with the country the article ties it to ("Ministry of Foreign Affairs (Mongolia)"). The graph
   * stores and merges it by this name, with `name` as an alias, so countries' institutions stay apart.
   */
  qualifiedName?: string;
  /** Sentences that mention the entity. */
  mentions: Evidence[];
}

/** A relation stated by one sentence of an article. */
export interface ExtractedRelation {
  type: RelationType;
  /** Canonical names of the endpoints. */
  from: string;
  to: string;
  /** ISO date (YYYY-MM-DD) when the text gives or implies one (mainly MET_WITH). */
  date?: string;
  /** What the disagreement is about (DISAGREES_ON). */
  topic?: string;
  /** 0..1: how sure the rule that produced it is. */
  confidence: number;
  /** Name of the extraction rule, for debugging and for the evidence panel. */
  rule: string;
  evidence: Evidence;
}

export interface Extraction {
  entities: ExtractedEntity[];
  relations: ExtractedRelation[];
}
