// Entry point of a Cypher worker thread. Worker threads do not inherit the TypeScript loader
// the app runs under (tsx), so this plain module registers it and loads the worker's code.
import { tsImport } from "tsx/esm/api";

await tsImport("./cypher-worker.ts", import.meta.url);
