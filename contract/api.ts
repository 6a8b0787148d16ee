// Request and response shapes of the HTTP API. Subgraphs travel in graphology's serialized
// format, so the client does `graph.import(payload)` and nothing more.
import type { EntityKind, RelationType } from "./model";

export interface HealthResponse {
  /** "ok" when the app and Neo4j are both up; "degraded" while Neo4j is unreachable. */
  status: "ok" | "degraded";
  app: { name: string; version: string; uptimeSeconds: number };
  /**
   * Neo4j's state, without internals (no address, no driver error). `restarts` is there when
   * the app runs Neo4j itself: how many times it restarted it after its JVM died.
   */
  neo4j:
    | { status: "up"; version: string; latencyMs: number; restarts?: number }
    | {
        status: "down";
        /** "restarting": the app's own Neo4j died and is being restarted. */
        reason: "unreachable" | "unresponsive" | "restarting";
        /** ISO time since when it has been down. */
        since: string;
        restarts?: number;
      };
}

/** Data attributes of an entity node (rendering attributes such as x, y, color are the client's). */
export interface EntityNodeAttributes {
  label: string;
  kind: EntityKind;
  /** Number of relations (all types) the entity has in the whole graph. */
  degree: number;
  aliases: string[];
  titles: string[];
  /** Neighbours left out of this subgraph by the limit (0 when none). */
  hiddenNeighbors?: number;
}

/** Data attributes of a relation edge. */
export interface RelationEdgeAttributes {
  type: RelationType;
  /** Meeting date (MET_WITH), YYYY-MM-DD. */
  date?: string;
  /** What the disagreement is about (DISAGREES_ON). */
  topic?: string;
  confidence: number;
  evidenceCount: number;
}

/** graphology's serialized graph (`graph.export()` / `graph.import()`). */
export interface SerializedGraph<N = EntityNodeAttributes, E = RelationEdgeAttributes> {
  attributes: Record<string, unknown>;
  options: { type: "directed" | "undirected" | "mixed"; multi: boolean; allowSelfLoops: boolean };
  nodes: { key: string; attributes: N }[];
  edges: { key: string; source: string; target: string; undirected?: boolean; attributes: E }[];
}

export type KnowledgeGraphPayload = SerializedGraph;

export interface SearchHit {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  degree: number;
  score: number;
}

/**
 * Where a page of a list sits: `total` items in the whole list, this page starting at `offset`
 * and holding at most `limit`. The pages of one query add up to `total`.
 */
export interface Page {
  total: number;
  offset: number;
  limit: number;
}

/** `GET /api/search`: one page of the hits, best first. */
export interface SearchResponse extends Page {
  hits: SearchHit[];
}

/** One sentence that states a relation, and where it comes from. */
export interface EvidenceItem {
  id: string;
  sentence: string;
  /** Offsets of the sentence in its article's body, in Unicode code points. */
  start: number;
  end: number;
  rule: string;
  confidence: number;
  article: ArticleSummary;
}

export interface ArticleSummary {
  id: string;
  title: string;
  outlet: string | null;
  byline: string | null;
  publishedOn: string | null;
  sourceFile: string;
  /** The page's address, when the page stated it. */
  url: string | null;
}

export interface RelationSummary {
  id: string;
  type: RelationType;
  source: { id: string; name: string; kind: EntityKind };
  target: { id: string; name: string; kind: EntityKind };
  date?: string;
  topic?: string;
  confidence: number;
  /**
   * The first sentences (at most ten where the relation comes inside another answer; the page
   * asked for in `GET /api/relations/:id/evidence`); `evidenceCount` counts them all.
   */
  evidence: EvidenceItem[];
  evidenceCount: number;
}

export interface EntityDetails {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  titles: string[];
  /** The first articles that mention it (oldest first); `articleCount` counts them all. */
  articles: ArticleSummary[];
  articleCount: number;
  /** The page of its relations asked for (`offset`, `limit`); `relationCount` counts them all. */
  relations: RelationSummary[];
  relationCount: number;
}

/** `GET /api/entities/:id/articles`: one page of the articles that mention an entity. */
export interface EntityArticlesResponse extends Page {
  articles: ArticleSummary[];
}

export interface Meeting {
  relationId: string;
  date: string | null;
  people: [{ id: string; name: string }, { id: string; name: string }];
  /** The first ten sentences at most; `evidenceCount` counts them all. */
  evidence: EvidenceItem[];
  evidenceCount: number;
}

/** `GET /api/meetings`: one page of the meetings, oldest first. */
export interface MeetingsResponse extends Page {
  meetings: Meeting[];
}

export interface CypherRequest {
  query: string;
  params?: Record<string, unknown>;
}

export interface CypherResponse {
  columns: string[];
  rows: unknown[][];
  /** Which limit cut the result short: the row cap, the byte budget, or none (false). */
  truncated: false | "rows" | "bytes";
  /** Every node and relationship the rows hold. */
  graph: KnowledgeGraphPayload;
  /** Nodes and relationships of the rows that are not entities or relations (rows only). */
  outsideGraph?: { nodes: number; relationships: number };
}

// ---- Added with the explorer's API (issue 4). ----

/** Relation attributes a full JSON export (snapshot) adds to each edge. */
export interface SnapshotEdgeAttributes extends RelationEdgeAttributes {
  /** Every topic stated for the relation (DISAGREES_ON); `topic` is the first. */
  topics?: string[];
  /** The evidence behind the relation, so a snapshot can be re-imported with it. */
  evidence?: EvidenceItem[];
}

/** A JSON export, as `GET /api/export?format=json` writes it and the snapshot import reads it. */
export type GraphSnapshot = SerializedGraph<EntityNodeAttributes, SnapshotEdgeAttributes>;

/** `GET /api/graph/neighborhood`: graph attributes saying what the limit left out. */
export interface NeighborhoodAttributes {
  /** True when the node limit stopped the expansion before `depth` was reached everywhere. */
  truncated: boolean;
  /** Relations of shown nodes whose other end is not shown (sum of `hiddenNeighbors`). */
  hiddenRelations: number;
}

/** Graph attributes of the opening view (`GET /api/graph/overview`). */
export interface OverviewAttributes extends NeighborhoodAttributes {
  /** Entities in the whole database (the view shows some of them). */
  totalEntities: number;
}

/**
 * Graph attributes of `GET /api/graph/meetings`: one page of the meetings in a date window (the
 * people who met and their MET_WITH edges), with the counts that say how much is left out.
 */
export interface MeetingGraphAttributes {
  /** Meetings matching the window (and the undated choice), all pages together. */
  total: number;
  /** Of `total`, meetings without a date (they cannot be placed in any window). */
  undated: number;
  /** Where this page starts in the date order, and how many it holds at most. */
  offset: number;
  limit: number;
  /** Meetings in the whole database, whatever their date. */
  allMeetings: number;
  /** Earliest and latest meeting date in the whole database (null when none is dated). */
  firstDate: string | null;
  lastDate: string | null;
}

/** One shortest path: the entity ids and relation ids along it, in order. */
export interface GraphPath {
  nodes: string[];
  edges: string[];
}

/** `GET /api/graph/paths`: every shortest path as one subgraph, each hop with its evidence. */
export interface PathsResponse {
  graph: KnowledgeGraphPayload;
  paths: GraphPath[];
  /** Evidence by relation id, for every edge (the first ten; the edge's `evidenceCount` says all). */
  evidence: Record<string, EvidenceItem[]>;
}

/** A sentence of an article that states a relation, placed in the article's body. */
export interface ArticleEvidence {
  /** The evidence id (as in EvidenceItem) and the relation it states. */
  id: string;
  relationId: string;
  type: RelationType;
  /** Offsets in `body`, in Unicode code points. */
  start: number;
  end: number;
}

/** `GET /api/articles/:id`: an article's metadata, its clean text and every evidence in it. */
export interface ArticleText extends ArticleSummary {
  /** The clean text: paragraphs separated by a blank line. */
  body: string;
  /** Every sentence of the body that states a relation, in body order. */
  evidence: ArticleEvidence[];
}

/** `GET /api/relations/:id/evidence`: one relation, its endpoints and a page of its evidence. */
export interface RelationEvidenceResponse extends RelationSummary {
  offset: number;
  limit: number;
}

/** How `POST /api/cypher` writes a node held in a row. */
export interface CypherNode {
  $type: "node";
  elementId: string;
  labels: string[];
  properties: Record<string, unknown>;
}

/** How `POST /api/cypher` writes a relationship held in a row. */
export interface CypherRelationship {
  $type: "relationship";
  elementId: string;
  type: string;
  startElementId: string;
  endElementId: string;
  properties: Record<string, unknown>;
}

/** How `POST /api/cypher` writes a path held in a row. */
export interface CypherPath {
  $type: "path";
  nodes: CypherNode[];
  relationships: CypherRelationship[];
}

/** `POST /api/snapshots/import`: what was merged. */
export interface SnapshotImportResponse {
  nodes: number;
  edges: number;
  evidence: number;
}

/** Where Neo4j found a syntax error in a user query (1-based line and column). */
export interface QueryPosition {
  offset: number;
  line: number;
  column: number;
}
