import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

/**
 * The direction of imports (STYLE.md) is enforced here, so a wrong arrow fails `npm run lint`:
 * app -> lib; tutor -> content, sim, learning; learning -> content; db -> prisma;
 * nothing imports app/; lib/sim imports nothing of ours and nothing framework- or node-bound.
 */
const app = ["@/app/*", "**/app/*"];
const server = ["@/lib/db/*", "@/lib/auth/*", "@/generated/*", "@prisma/*", "server-only"];
const frameworks = ["next", "next/*", "react", "react-dom", "react/*", "react-dom/*"];
const nodeBuiltins = ["node:*", "fs", "fs/*", "path", "child_process", "os", "crypto", "url"];

function restrict(files, patterns, message) {
  return {
    files,
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
    },
  };
}

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
  restrict(["lib/**"], app, "Nothing imports app/: move shared code into lib/."),
  restrict(
    ["lib/sim/**"],
    [...app, ...server, ...frameworks, ...nodeBuiltins, "@/lib/*", "@/prisma/*"],
    "lib/sim is pure TypeScript: it runs in the browser, a worker and the server.",
  ),
  restrict(
    ["lib/content/**"],
    [
      ...app,
      ...server,
      ...frameworks,
      ...nodeBuiltins,
      "@/lib/learning/*",
      "@/lib/tutor/*",
      "@/lib/plot/*",
    ],
    "lib/content is typed data: it may use lib/sim, nothing else of ours.",
  ),
  restrict(
    ["lib/learning/**"],
    [...app, ...server, ...frameworks, ...nodeBuiltins, "@/lib/tutor/*", "@/lib/plot/*"],
    "lib/learning is pure functions over plain data: it may use lib/content and lib/sim.",
  ),
  restrict(
    ["lib/tutor/**"],
    [...app, "@/lib/auth/*", "@/lib/plot/*", "next", "next/*"],
    "lib/tutor uses content, sim and learning; the app wires it to sessions and the database.",
  ),
  restrict(
    ["lib/plot/**"],
    [...app, ...server, "next", "next/*", ...nodeBuiltins],
    "lib/plot renders SVG from scenario results; it knows nothing of the server.",
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
                "**/sim/*",
                "!**/sim/scenario-types",
              ],
              message:
                "Import lib/sim from @/lib/sim (or @/lib/sim/scenario-types); the rest is internal.",
            },
          ],
        },
      ],
    },
  },
);
