// Answers requests that Node's HTTP parser refuses before Express sees them (headers or URL
// beyond Node's 16 KB limit, malformed request lines) in the API's JSON error shape, instead of
// Node's bare status line.
import type { Server } from "node:http";
import type { Duplex } from "node:stream";
import { ERROR_CODES, type ErrorBody, type ErrorCode } from "../../contract/errors";

const REASONS: Record<number, string> = {
  400: "Bad Request",
  431: "Request Header Fields Too Large",
};

/** Makes `server` answer parser errors with a JSON body and close the connection. */
export function answerClientErrors(server: Server): void {
  server.on("clientError", (error: NodeJS.ErrnoException, socket: Duplex) => {
    if (error.code === "ECONNRESET" || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === "HPE_HEADER_OVERFLOW";
    const code: ErrorCode = tooLarge ? "HEADERS_TOO_LARGE" : "BAD_REQUEST";
    const body: ErrorBody = {
      error: {
        code,
        message: tooLarge
          ? "the request's URL and headers are larger than 16 KB; send fewer or shorter parameters"
          : "the request could not be read as HTTP",
      },
    };
    const text = JSON.stringify(body);
    const status = ERROR_CODES[code];
    socket.end(
      `HTTP/1.1 ${status} ${REASONS[status] ?? "Error"}\r\n` +
        "Content-Type: application/json; charset=utf-8\r\n" +
        `Content-Length: ${Buffer.byteLength(text)}\r\n` +
        "X-Content-Type-Options: nosniff\r\n" +
        "Connection: close\r\n\r\n" +
        text,
    );
  });
}
