// The HTTP load generator of `runHttp`, in a process of its own: the API process then does only
// the API's work, so its CPU per request can be read apart from the load generator's.
import autocannon from "autocannon";
import type { Figures } from "./load-runner";

export interface HttpLoad {
  base: string;
  paths: string[];
  connections: number;
  seconds: number;
}

process.once("message", (load: HttpLoad) => {
  void autocannon({
    url: load.base,
    connections: load.connections,
    duration: load.seconds,
    requests: load.paths.map((path) => ({ method: "GET", path })),
  }).then((result) => {
    const figures: Figures = {
      p50: result.latency.p50,
      p99: result.latency.p99,
      perSecond: result.requests.average,
      requests: result.requests.total,
      errors: result.errors + result.non2xx,
    };
    process.send!(figures, () => process.exit(0));
  });
});
