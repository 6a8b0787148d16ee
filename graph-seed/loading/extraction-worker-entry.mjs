// Entry point of an extraction worker thread. Worker threads do not inherit the TypeScript
// loader the command runs under (tsx), so this plain module registers it and loads the worker.
import { tsImport } from "tsx/esm/api";

await tsImport("./extraction-worker.ts", import.meta.url);
