import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

/**
 * The direction of imports, enforced here so that a wrong arrow fails `npm run lint`. Each lib/
 * folder lists the lib/ folders it may import (an allowlist: a new folder is forbidden until it
 * is added); nothing in lib/ imports app/. From the bottom of the house up:
 *
 *   lib/sim                      nothing of ours
 *   lib/content                  sim
 *   lib/contracts                zod; lib/content/schema; content, sim and learning types
 *   lib/learning                 content, sim
 *   lib/plot                     content, sim
 *   lib/tutor                    content, sim, learning, contracts (its request schema)
 *   lib/errors.ts                nothing of ours
 *   lib/env.ts                   db/provider, http/client-address, tutor (their settings)
 *   lib/db                       errors, env; the only folder that touches Prisma and the drivers
 *   lib/http                     errors, db/transient
 *   lib/auth                     db, http, errors, env, contracts
 *   lib/services                 everything above but http and plot
 *   app                          anything in lib
 *
 * tests/unit/architecture/import-cycles.test.ts fails on any import cycle among lib/ and app/.
 */
const app = ["@/app/*", "**/app/*"];
const database = ["@/generated/*", "@prisma/*", "better-sqlite3", "pg"];
const frameworks = ["next", "next/*", "react", "react-dom", "react/*", "react-dom/*"];
const nodeBuiltins = ["node:*", "fs", "fs/*", "path", "child_process", "os", "crypto", "url"];

/** lib/<name> may import lib/<allowed> (and itself), nothing else of lib/, never app/. */
function layer(files, allowed, message, extra = []) {
  const ours = allowed.length === 0 ? "^@/lib/" : `^@/lib/(?!(${allowed.join("|")})(/|$))`;
  return {
    files,
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: app, message: "Nothing in lib/ imports app/: move shared code into lib/." },
            { regex: ours, message },
            ...extra,
          ],
        },
      ],
    },
  };
}

const forbid = (group, message) => ({ group, message });

export default tseslint.config(
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      "generated/**",
      "next-env.d.ts",
      "test-results/**",
      "playwright-report/**",
      "data/**",
    ],
  },
  ...nextVitals,
  ...nextTs,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    // Playwright fixtures take a `use` callback: not React's hook.
    files: ["tests/e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    files: ["**/*.mjs", "**/*.js"],
    extends: [tseslint.configs.disableTypeChecked],
  },
  layer(
    ["lib/sim/**"],
    ["sim"],
    "lib/sim is pure TypeScript: it runs in the browser, a worker and the server.",
    [
      forbid(
        [...database, ...frameworks, ...nodeBuiltins, "server-only"],
        "lib/sim is pure TypeScript: it runs in the browser, a worker and the server.",
      ),
    ],
  ),
  layer(
    ["lib/content/**"],
    ["content", "sim"],
    "lib/content is typed data: it may use lib/sim, nothing else of ours.",
    [
      forbid(
        [...database, ...frameworks, ...nodeBuiltins, "server-only"],
        "lib/content is typed data: no framework, database or node module.",
      ),
    ],
  ),
  layer(
    ["lib/contracts/**"],
    ["contracts", "content", "sim", "learning"],
    "lib/contracts holds the request and response schemas: zod, lib/content/schema, and types of lib/content, lib/sim and lib/learning.",
    [
      {
        // Client components import contracts: values other than the content schema's enums
        // would pull grading or simulation code into the browser bundle.
        regex: "^@/lib/(content(?!/schema$)|sim|learning)(/|$)",
        allowTypeImports: true,
        message:
          "lib/contracts may import only types from lib/content, lib/sim and lib/learning (values only from lib/content/schema).",
      },
      {
        regex: "^(?!zod$|@/lib/|\\.)",
        message: "lib/contracts may import zod and nothing else from outside.",
      },
    ],
  ),
  layer(
    ["lib/learning/**"],
    ["learning", "content", "sim"],
    "lib/learning is pure functions over plain data: it may use lib/content and lib/sim.",
    [
      forbid(
        [...database, ...frameworks, ...nodeBuiltins, "server-only"],
        "lib/learning is pure functions over plain data: no framework, database or node module.",
      ),
    ],
  ),
  layer(
    ["lib/plot/**"],
    ["plot", "content", "sim"],
    "lib/plot renders SVG from scenario results: it may use lib/content and lib/sim.",
    [
      forbid(
        [...database, "next", "next/*", ...nodeBuiltins, "server-only"],
        "lib/plot renders SVG; it knows nothing of the server.",
      ),
    ],
  ),
  layer(
    ["lib/tutor/**"],
    ["tutor", "content", "sim", "learning", "contracts"],
    "lib/tutor uses content, sim and learning, and its request schema from lib/contracts; lib/services wires it to the learner's record.",
    [forbid([...database, "next", "next/*"], "lib/tutor knows nothing of the database or Next.")],
  ),
  layer(
    ["lib/errors.ts"],
    [],
    "lib/errors.ts is the leaf every layer may throw from: it imports nothing of ours.",
  ),
  layer(
    ["lib/env.ts"],
    ["http/client-address", "tutor", "db/provider"],
    "lib/env.ts reads the settings; it may use only lib/db/provider and the schemas of lib/http/client-address and lib/tutor.",
    [forbid(database, "lib/env.ts parses variables; it opens no database.")],
  ),
  layer(
    ["lib/db/**"],
    ["db", "errors", "env"],
    "lib/db is data access only: it may use lib/errors and lib/env; orchestration is lib/services.",
  ),
  layer(
    ["lib/http/**"],
    ["http", "errors", "db/transient"],
    "lib/http is the route boundary: it may use lib/errors and lib/db/transient (to tell outages apart).",
    [forbid(database, "lib/http opens no database.")],
  ),
  layer(
    ["lib/auth/**"],
    ["auth", "db", "http", "errors", "env", "contracts"],
    "lib/auth (accounts, sessions, limits) may use lib/db, lib/http, lib/errors, lib/env and lib/contracts.",
    [forbid(database, "lib/auth reaches the database through lib/db.")],
  ),
  layer(
    ["lib/services/**"],
    ["services", "auth", "db", "errors", "env", "contracts", "content", "sim", "learning", "tutor"],
    "lib/services is the orchestration above lib/db: it may not use lib/http (the app's boundary) or lib/plot.",
    [forbid(database, "lib/services reaches the database through lib/db.")],
  ),
  {
    // lib/sim's public face: its index and the scenario contract types. A separate rule name,
    // so it adds to the no-restricted-imports blocks above instead of replacing them.
    files: ["**/*.ts", "**/*.tsx"],
    ignores: ["lib/sim/**", "tests/unit/sim/**"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/lib/sim/*",
                "!@/lib/sim/scenario-types",
                "!@/lib/sim/train",
                "**/sim/*",
                "!**/sim/scenario-types",
                "!**/sim/train",
              ],
              message:
                "Import lib/sim from @/lib/sim (or @/lib/sim/scenario-types, or the trainer @/lib/sim/train); the rest is internal.",
            },
          ],
        },
      ],
    },
  },
);
