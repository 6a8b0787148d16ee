// Error codes the API answers with, and the shape of an error body. Clients and tests check the
// code, never the wording.

export const ERROR_CODES = {
  BAD_REQUEST: 400,
  /** A user Cypher query Neo4j cannot parse; the body carries Neo4j's message and position. */
  CYPHER_SYNTAX: 400,
  /** A write without the right token. */
  UNAUTHORIZED: 401,
  /** Writes are switched off on this server (no write token configured). */
  WRITES_DISABLED: 403,
  /** A user Cypher query that is not read-only, or uses what the API does not allow. */
  QUERY_REFUSED: 403,
  NOT_FOUND: 404,
  /** The path exists but not with this method; the `Allow` header lists those it takes. */
  METHOD_NOT_ALLOWED: 405,
  /** The request's `Host` header names another site (DNS rebinding); see ALLOWED_HOSTS. */
  HOST_NOT_ALLOWED: 421,
  PAYLOAD_TOO_LARGE: 413,
  /** The request's URL and headers together exceed what the server reads (16 KB). */
  HEADERS_TOO_LARGE: 431,
  /** A user Cypher query whose first row alone is larger than the server's byte budget. */
  RESULT_TOO_LARGE: 422,
  /** A client already has as many heavy requests (Cypher, exports) running as allowed. */
  TOO_MANY_REQUESTS: 429,
  NEO4J_UNAVAILABLE: 503,
  /** A query ran past the server's time limit and was stopped. */
  QUERY_TIMEOUT: 504,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    /** For CYPHER_SYNTAX: where in the query (1-based line and column, 0-based offset). */
    position?: { offset: number; line: number; column: number };
  };
}
