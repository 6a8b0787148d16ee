// One log line per answered request, at the level its status calls for (5xx error, 4xx warn with
// the refusal's code and message, others debug), with the request and response as pino's standard
// serializers write them, so the logger's redaction of secrets applies. The line is built only
// when its level is enabled: at the default level (info) an answered request costs a listener,
// where pino-http serialized every request's headers into a child logger first.
import type { RequestHandler } from "express";
import { stdSerializers } from "pino";
import { refusalOf } from "../errors";
import type { Logger } from "../logger";

export function requestLog(logger: Logger): RequestHandler {
  let nextId = 0;
  return (req, res, next) => {
    const started = performance.now();
    const id = ++nextId;
    res.once("close", () => {
      const finished = res.writableFinished;
      const level =
        !finished || res.statusCode >= 500 ? "error" : res.statusCode >= 400 ? "warn" : "debug";
      if (!logger.isLevelEnabled(level)) return;
      logger[level](
        {
          req: { ...stdSerializers.req(req), id },
          res: stdSerializers.res(res),
          responseTime: Math.round(performance.now() - started),
          ...refusalOf(res),
        },
        finished ? "request completed" : "request aborted",
      );
    });
    next();
  };
}
