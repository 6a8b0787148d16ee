// Lint rules: typescript-eslint's recommended set, type-aware, with zero warnings allowed,
// plus the boundaries between the project's parts (docs/decisions/003-part-boundaries.md).
import { builtinModules } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

// What a part may not import, as import-path patterns. Relative imports climb with "../", so a
// pattern names the folder wherever it appears in the path.
const ours = (...parts) => parts.map((part) => `**/${part}/**`);
const nodeModules = ["node:*", ...builtinModules, ...builtinModules.map((name) => `${name}/*`)];

function mayNotImport(patterns, why) {
  return { "no-restricted-imports": ["error", { patterns: [{ group: patterns, message: why }] }] };
}

// Cypher is written where the database is reached: the server's repositories, the loader's writers,
// the schema both share, and the console's own worker. A Cypher clause in a string anywhere else is
// a query built outside its layer.
const CYPHER = String.raw`/\b(OPTIONAL MATCH|MATCH|MERGE|UNWIND|DETACH DELETE)\s*[(\w$]/`;
const noCypher = {
  "no-restricted-syntax": [
    "error",
    {
      selector: `Literal[value=${CYPHER}]`,
      message:
        "Cypher belongs in server/repositories (or the loader's writers): call a repository instead.",
    },
    {
      selector: `TemplateElement[value.raw=${CYPHER}]`,
      message:
        "Cypher belongs in server/repositories (or the loader's writers): call a repository instead.",
    },
  ],
};

export default tseslint.config(
  { ignores: ["node_modules", "dist", ".neo4j", "client/dist", "coverage"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
    },
  },
  {
    files: ["contract/**/*.ts"],
    rules: mayNotImport(
      ours("server", "client", "graph-seed", "commands", "infra", "bench", "settings", "tests"),
      "contract/ is the shared model: it imports nothing of the other parts.",
    ),
  },
  {
    files: ["client/src/**/*.ts"],
    rules: mayNotImport(
      [
        ...ours("server", "graph-seed", "commands", "infra", "bench", "settings", "tests"),
        ...nodeModules,
      ],
      "client/ runs in the browser: it may import contract/ and its own modules, never server, Node or tooling code.",
    ),
  },
  {
    files: ["server/**/*.ts"],
    rules: mayNotImport(
      ours("client", "graph-seed", "commands", "infra", "bench", "tests"),
      "server/ imports contract/, settings/ and its own modules only; shared infrastructure is passed in by the command.",
    ),
  },
  {
    files: ["graph-seed/**/*.ts"],
    rules: mayNotImport(
      ours("client", "server", "commands", "infra", "bench", "tests"),
      "graph-seed/ imports contract/, settings/ and its own modules only; commands live in commands/.",
    ),
  },
  {
    files: ["settings/**/*.ts"],
    rules: mayNotImport(
      ours("contract", "server", "client", "graph-seed", "commands", "infra", "bench", "tests"),
      "settings/ reads the environment for everyone: it imports nothing of the other parts.",
    ),
  },
  {
    files: ["infra/**/*.ts", "bench/**/*.ts"],
    rules: mayNotImport(
      ours("client", "commands", "tests"),
      "infra/ and bench/ are libraries the commands use: they never import a command or a test.",
    ),
  },
  {
    files: ["client/src/**/*.ts", "server/**/*.ts", "graph-seed/**/*.ts", "contract/**/*.ts"],
    ignores: [
      "server/repositories/**",
      "server/services/cypher/**",
      "graph-seed/loading/**",
      "contract/graph-schema.ts",
      "client/src/ui/cypher-*.ts",
    ],
    rules: noCypher,
  },
);
