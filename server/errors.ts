// Typed errors with API codes, and the one middleware that turns any error into a JSON answer.
import type { ErrorRequestHandler, RequestHandler } from "express";
import { ERROR_CODES, type ErrorBody, type ErrorCode } from "../contract/errors";
import type { Logger } from "./logger";

/** An error the API reports to the client as `{ error: { code, message } }`. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Where in a user query the problem is (CYPHER_SYNTAX). */
    readonly position?: ErrorBody["error"]["position"],
  ) {
    super(message);
    this.name = "ApiError";
  }

  get status(): number {
    return ERROR_CODES[this.code];
  }
}

/** Neo4j driver errors that mean "the database cannot be reached right now". */
export function isNeo4jUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ServiceUnavailable" || code === "SessionExpired";
}

export const notFound: RequestHandler = (req, _res, next) => {
  next(new ApiError("NOT_FOUND", `no such endpoint: ${req.method} ${req.path}`));
};

/** What a refused request's log line says of its refusal (set by the error middleware). */
export function refusalOf(res: object): object {
  // Express's response has `locals`; a plain Node response has not.
  const refusal = (res as { locals?: Record<string, unknown> }).locals?.apiError;
  return refusal ? { refusal } : {};
}

/**
 * The error middleware. `onNeo4jUnavailable` hears of every request that found Neo4j
 * unreachable (the monitor then answers the next ones at once).
 */
export function errorHandler(
  logger: Logger,
  onNeo4jUnavailable: () => void = () => {},
): ErrorRequestHandler {
  return (error: unknown, req, res, _next) => {
    let apiError: ApiError;
    if (error instanceof ApiError) {
      apiError = error;
    } else if (isNeo4jUnavailable(error)) {
      onNeo4jUnavailable();
      apiError = new ApiError(
        "NEO4J_UNAVAILABLE",
        "the graph database is unreachable; retry shortly",
      );
    } else if (isBodyParserError(error)) {
      apiError = new ApiError(
        error.status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST",
        error.status === 413 ? "request body too large" : "request body is not valid JSON",
      );
    } else if (isClientHttpError(error)) {
      // Refused before any handler ran, e.g. a path whose percent-encoding does not decode.
      apiError = new ApiError("BAD_REQUEST", "the request's URL or headers could not be read");
    } else {
      apiError = new ApiError("INTERNAL", "internal error; see the server log");
    }
    if (apiError.status >= 500) {
      // A fault of ours: the stack is what the reader of the log needs.
      logger.error(
        { err: error, method: req.method, path: req.path, code: apiError.code },
        apiError.message,
      );
    } else {
      // The client's mistake, expected and frequent: no stack, and no line of its own; the
      // request log line (http/request-log.ts) carries the code and message at warn.
      res.locals.apiError = { code: apiError.code, message: apiError.message };
    }
    const body: ErrorBody = { error: { code: apiError.code, message: apiError.message } };
    if (apiError.position) body.error.position = apiError.position;
    if (res.headersSent) {
      // A download failed midway: the status is gone, so cut the connection to show it.
      res.destroy();
      return;
    }
    res.status(apiError.status).json(body);
  };
}

function isBodyParserError(error: unknown): error is { status: number; type: string } {
  const candidate = error as { status?: unknown; type?: unknown } | null;
  return typeof candidate?.status === "number" && typeof candidate.type === "string";
}

/** An error that Express or its router marked as the client's fault (a 4xx status). */
function isClientHttpError(error: unknown): boolean {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" && status >= 400 && status < 500;
}
