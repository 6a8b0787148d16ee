// One sentence for a failed action, whatever failed: the API's own message, or the error's.
import { ApiError } from "../api/api-client";

export function errorMessage(error: unknown): string {
  if (error instanceof ApiError && error.status === 503)
    return `The database is not reachable: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
