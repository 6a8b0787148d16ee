// The only place in the client that calls fetch: one typed function per API endpoint.
import type {
  ArticleText,
  CypherRequest,
  CypherResponse,
  EntityDetails,
  EvidenceItem,
  HealthResponse,
  KnowledgeGraphPayload,
  MeetingsResponse,
  PathsResponse,
  RelationEvidenceResponse,
  SearchResponse,
} from "../../../contract/api";
import type { EntityKind, RelationType } from "../../../contract/model";

/** An API call that failed: HTTP status (0 when the server could not be reached) and message. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** Extra details the server sent (e.g. the position of a Cypher syntax error). */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export interface NeighborhoodQuery {
  ids: string[];
  depth?: number;
  rel?: readonly RelationType[];
  from?: string | null;
  to?: string | null;
  limit?: number;
}

const BASE = "api";

/** Most evidence sentences `GET /api/relations/:id/evidence` answers in one call. */
export const EVIDENCE_PAGE_CAP = 1000;

/**
 * While the data source is known to be down (health says so), every request but health fails at
 * once with this message instead of waiting: the outage banner says why, and recovery clears it.
 */
let unavailable: string | null = null;
const troubleListeners = new Set<() => void>();

export function setServiceUnavailable(message: string | null): void {
  unavailable = message;
}

/** Calls `listener` whenever a request finds the server unreachable or Neo4j down (0 or 503). */
export function onServiceTrouble(listener: () => void): () => void {
  troubleListeners.add(listener);
  return () => troubleListeners.delete(listener);
}

function query(
  params: Record<string, string | number | null | undefined | readonly string[]>,
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(","));
    } else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  if (unavailable !== null) throw new ApiError(503, "NEO4J_UNAVAILABLE", unavailable);
  let response: Response;
  try {
    response = await fetch(`${BASE}/${path}`, { headers: { accept: "application/json" }, ...init });
  } catch (error) {
    if ((error as Error).name !== "AbortError") troubleListeners.forEach((l) => l());
    throw new ApiError(0, "NETWORK", `The server cannot be reached (${(error as Error).message}).`);
  }
  if (response.status === 503) troubleListeners.forEach((l) => l());
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  if (!response.ok) throw errorFrom(response.status, body);
  return body as T;
}

function errorFrom(status: number, body: unknown): ApiError {
  const b = (body && typeof body === "object" ? body : {}) as Record<string, unknown>;
  const inner = (b.error && typeof b.error === "object" ? b.error : b) as Record<string, unknown>;
  const message =
    typeof inner.message === "string"
      ? inner.message
      : typeof b.error === "string"
        ? b.error
        : typeof body === "string" && body
          ? body.slice(0, 300)
          : `The server answered ${status}.`;
  const code = typeof inner.code === "string" ? inner.code : `HTTP_${status}`;
  return new ApiError(status, code, message, inner.details ?? inner.position);
}

export const api = {
  /** Health, read whatever the status (503 while Neo4j is down still says why); never fast-failed. */
  health: async (): Promise<HealthResponse> => {
    let response: Response;
    try {
      response = await fetch(`${BASE}/health`, { headers: { accept: "application/json" } });
    } catch (error) {
      throw new ApiError(
        0,
        "NETWORK",
        `The server cannot be reached (${(error as Error).message}).`,
      );
    }
    const body = (await response.json().catch(() => null)) as HealthResponse | null;
    if (!body?.neo4j) throw errorFrom(response.status, body);
    return body;
  },

  search: (
    q: string,
    options: { kinds?: EntityKind[]; limit?: number } = {},
  ): Promise<SearchResponse> =>
    request(`search${query({ q, kinds: options.kinds, limit: options.limit })}`),

  entity: (id: string): Promise<EntityDetails> => request(`entities/${encodeURIComponent(id)}`),

  /** The opening view: the best-connected entities and their neighbours. */
  overview: (): Promise<KnowledgeGraphPayload> => request("graph/overview"),

  neighborhood: (q: NeighborhoodQuery): Promise<KnowledgeGraphPayload> =>
    request(
      `graph/neighborhood${query({ ids: q.ids, depth: q.depth, rel: q.rel, from: q.from, to: q.to, limit: q.limit })}`,
    ),

  paths: (
    from: string,
    to: string,
    options: { maxHops?: number; rel?: RelationType[]; exclude?: readonly string[] } = {},
  ): Promise<PathsResponse> =>
    request(
      `graph/paths${query({ from, to, maxHops: options.maxHops, rel: options.rel, exclude: options.exclude })}`,
    ),

  /** One page of the meetings in a date window over the whole database, with their people. */
  meetingGraph: (q: {
    from: string | null;
    to: string | null;
    undated: "include" | "exclude";
    offset: number;
    limit: number;
  }): Promise<KnowledgeGraphPayload> =>
    request(
      `graph/meetings${query({ from: q.from, to: q.to, undated: q.undated, offset: q.offset, limit: q.limit })}`,
    ),

  meetings: (
    options: { entity?: string; from?: string | null; to?: string | null } = {},
  ): Promise<MeetingsResponse> =>
    request(`meetings${query({ entity: options.entity, from: options.from, to: options.to })}`),

  evidence: async (relationId: string): Promise<EvidenceItem[]> => {
    const body = await request<EvidenceItem[] | { evidence: EvidenceItem[] }>(
      `relations/${encodeURIComponent(relationId)}/evidence`,
    );
    return Array.isArray(body) ? body : body.evidence;
  },

  /** One page of a relation's evidence (the server gives at most EVIDENCE_PAGE_CAP a call). */
  evidencePage: (
    relationId: string,
    offset: number,
    limit: number,
  ): Promise<RelationEvidenceResponse> =>
    request(`relations/${encodeURIComponent(relationId)}/evidence${query({ offset, limit })}`),

  /** An article's text and metadata, with the evidence sentences it gives. */
  article: (id: string): Promise<ArticleText> => request(`articles/${encodeURIComponent(id)}`),

  cypher: (body: CypherRequest, signal?: AbortSignal): Promise<CypherResponse> =>
    request("cypher", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
      signal: signal ?? null,
    }),
};

export type Api = typeof api;
