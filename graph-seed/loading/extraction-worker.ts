// The body of an extraction worker thread (see extraction-pool.ts): prepares each chunk of
// article files it is sent and answers with the outcomes, in the order of the chunk.
import { parentPort } from "node:worker_threads";
import type { ArticleFile } from "./article-files";
import { prepareOutcome, type ExtractionJob, type ExtractionReply } from "./prepared-article";

if (!parentPort) throw new Error("extraction-worker: not started as a worker thread");
const port = parentPort;
port.on("message", (job: ExtractionJob) => {
  const reply: ExtractionReply = {
    id: job.id,
    outcomes: job.files.map((file: ArticleFile) => prepareOutcome(file)),
  };
  port.postMessage(reply);
});
port.postMessage("ready");
