// Vite build of the browser app: root is client/, output client/dist (served by the Express app).
// `npm run dev` proxies /api to a running `npm start` (PORT, default 8080).
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const here = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  root: here,
  base: "./",
  build: {
    outDir: path.join(here, "dist"),
    emptyOutDir: true,
    sourcemap: true,
    chunkSizeWarningLimit: 1200,
    // The bundler's note on slow plugins is for Vite's own developers: on a busy machine it
    // filled `npm start`'s first screen with plugin timings a user can do nothing about.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  server: {
    proxy: { "/api": `http://127.0.0.1:${process.env.PORT ?? "8080"}` },
  },
});
