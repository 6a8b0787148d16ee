// Builds the Express app from its dependencies; never listens (see server.ts for that).
import path from "node:path";
import express, { type Express } from "express";
import type { Driver } from "neo4j-driver";
import { pinoHttp } from "pino-http";
import { errorHandler, notFound } from "./errors";
import type { Logger } from "./logger";
import { healthRoutes } from "./routes/health-routes";

export interface AppDeps {
  driver: Driver;
  logger: Logger;
  version: string;
  /** Folder of the built browser app, served at /. */
  clientDir: string;
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback");
  app.use(
    pinoHttp({
      logger: deps.logger,
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "debug",
    }),
  );
  app.use(express.json({ limit: "1mb" }));

  const api = express.Router();
  api.use(healthRoutes(deps.driver, deps.version));
  api.use(notFound);
  app.use("/api", api);

  app.use(express.static(path.resolve(deps.clientDir), { index: "index.html" }));
  app.use(notFound);
  app.use(errorHandler(deps.logger));
  return app;
}
