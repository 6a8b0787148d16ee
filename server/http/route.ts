// One API endpoint = its spec (method, path, schemas, answers) + its handler. The app mounts
// routes from these and the OpenAPI document is generated from the same specs, so the two
// cannot drift apart.
import express, { type Request, type Response, type Router } from "express";
import type { z } from "zod";
import { ApiError } from "../errors";
import { parseInput, queryParameterNames, refuseUnknownParameters } from "./validate";

export interface ResponseSpec {
  status: number;
  description: string;
  /** JSON body schema; absent for downloads (see `mediaTypes`). */
  schema?: z.ZodType;
  /** Media types of a download answer (e.g. `application/gexf+xml`). */
  mediaTypes?: string[];
}

export interface EndpointSpec<
  Q extends z.ZodType | undefined = z.ZodType | undefined,
  P extends z.ZodType | undefined = z.ZodType | undefined,
  B extends z.ZodType | undefined = z.ZodType | undefined,
> {
  method: "get" | "post";
  /** Express path below /api, e.g. `/entities/:id`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: Q;
  params?: P;
  body?: B;
  response: ResponseSpec;
  /** Other answers with a body of their own (not the error body), e.g. health's 503. */
  otherResponses?: ResponseSpec[];
  /** Error statuses this endpoint may answer with (besides 500 and 503). */
  errors: number[];
  /** `writeToken`: needs `Authorization: Bearer <NEWSGRAPH_WRITE_TOKEN>`. */
  auth?: "writeToken";
  /** A JSON body limit of its own (e.g. "64mb"), read only once the guard has passed. */
  bodyLimit?: string;
  /** Costly to serve (user Cypher, exports): each client may run only a few at once (429). */
  heavy?: boolean;
}

type Out<T> = T extends z.ZodType ? z.output<T> : undefined;

export interface RouteInput<Q, P, B> {
  query: Out<Q>;
  params: Out<P>;
  body: Out<B>;
  /** Aborts when the client goes away before the answer is complete. */
  signal: AbortSignal;
  res: Response;
}

export interface Route {
  spec: EndpointSpec;
  /** Answers the request: a value is sent as JSON; `undefined` means the handler answered. */
  handle(req: Request, res: Response): Promise<void>;
}

/** Binds a spec to its handler; the handler receives inputs already parsed by the spec. */
export function defineRoute<
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
  B extends z.ZodType | undefined = undefined,
>(spec: EndpointSpec<Q, P, B>, handler: (input: RouteInput<Q, P, B>) => Promise<unknown>): Route {
  const knownQuery = spec.query ? queryParameterNames(spec.query) : [];
  return {
    spec,
    async handle(req, res) {
      refuseUnknownParameters(req.query, knownQuery);
      const query = (spec.query ? parseInput(spec.query, req.query, "query") : undefined) as Out<Q>;
      const params = (
        spec.params ? parseInput(spec.params, req.params, "path") : undefined
      ) as Out<P>;
      const body = (spec.body ? parseInput(spec.body, req.body, "body") : undefined) as Out<B>;
      const controller = new AbortController();
      res.on("close", () => {
        if (!res.writableFinished) controller.abort();
      });
      const result = await handler({ query, params, body, signal: controller.signal, res });
      if (result !== undefined && !res.headersSent) {
        res.status(spec.response.status).json(result);
      }
    },
  };
}

export interface Guards {
  writeToken: (req: Request) => void;
  /** Takes one of the client's heavy-request slots until the answer ends, or throws. */
  heavy: (req: Request, res: Response) => void;
  /** Watches a request being answered (e.g. answers 503 early when Neo4j turns out down). */
  watch: (req: Request, work: Promise<void>) => Promise<void>;
}

/**
 * Mounts routes on `router`. A spec's `auth` guard runs first, then the heavy-request limit;
 * a spec with its own `bodyLimit` then reads its body (the app's shared JSON parser, with a small limit, serves the others).
 */
export function mountRoutes(router: Router, routes: readonly Route[], guards: Guards): void {
  for (const route of routes) {
    const { auth, bodyLimit, heavy, method, path } = route.spec;
    const handlers = [
      (req: Request, res: Response, next: () => void) => {
        if (auth) guards[auth](req);
        if (heavy) guards.heavy(req, res);
        next();
      },
      ...(bodyLimit ? [express.json({ limit: bodyLimit })] : []),
      (req: Request, res: Response) => guards.watch(req, route.handle(req, res)),
    ];
    router[method](path, ...handlers);
  }
}

/**
 * Answers 405 METHOD_NOT_ALLOWED, with `Allow`, to a request whose path is a route's but whose
 * method is not (mounted after the routes themselves).
 */
export function mountMethodNotAllowed(router: Router, routes: readonly Route[]): void {
  const methods = new Map<string, Set<string>>();
  for (const { spec } of routes) {
    const allowed = methods.get(spec.path) ?? new Set<string>();
    allowed.add(spec.method.toUpperCase());
    if (spec.method === "get") allowed.add("HEAD");
    methods.set(spec.path, allowed);
  }
  for (const [path, allowed] of methods) {
    const allow = [...allowed].sort().join(", ");
    router.all(path, (req: Request, res: Response, next: (error: unknown) => void) => {
      res.set("Allow", allow);
      next(new ApiError("METHOD_NOT_ALLOWED", `${req.method} is not allowed here; use ${allow}`));
    });
  }
}
