import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./support/fixtures";
import { collectSecrets, parseDotenv, scanForSecrets } from "./support/secret-scan";

/**
 * The client bundle carries no secret. `npm test` builds with canary values in AUTH_SECRET and
 * an LLM key (scripts/test.sh); this reads the same environment, plus any dotenv files, and
 * looks for every value in every file under .next/static, which is what browsers download.
 */
const ROOT = process.cwd();
const STATIC_DIR = join(ROOT, ".next", "static");
const CI = process.env.CI === "true" || process.env.CI === "1";

test.describe("bundle secrets", () => {
  test("the scanner finds a planted value in a nested file, in its JSON and URL spellings", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gt-secret-scan-"));
    try {
      const planted = `planted/"${randomBytes(12).toString("hex")}"`;
      await mkdir(join(dir, "chunks", "app"), { recursive: true });
      await writeFile(join(dir, "chunks", "clean.js"), "console.log('nothing here');");
      await writeFile(join(dir, "chunks", "app", "raw.js"), `const k = '${planted}';`);
      await writeFile(join(dir, "chunks", "app", "json.js"), `x(${JSON.stringify(planted)})`);
      await writeFile(join(dir, "url.txt"), `?key=${encodeURIComponent(planted)}`);
      const secrets = collectSecrets({ PLANTED_API_KEY: planted, PATH: "/usr/bin" }, dir, []);
      expect(secrets).toEqual([{ source: "process.env.PLANTED_API_KEY", value: planted }]);
      const { findings, filesScanned } = await scanForSecrets(dir, secrets);
      expect(filesScanned).toBe(4);
      expect(findings.map((f) => f.file).sort()).toEqual([
        join("chunks", "app", "json.js"),
        join("chunks", "app", "raw.js"),
        "url.txt",
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("dotenv values are read, and public or trivial ones are not treated as secrets", async () => {
    const dir = await mkdtemp(join(tmpdir(), "gt-secret-env-"));
    try {
      await writeFile(
        join(dir, ".env.local"),
        [
          "# written by npm run dev",
          'AUTH_SECRET="from-dotenv-0123456789abcdef"',
          "export DATABASE_URL=postgresql://app:hunter2hunter2@db/app # comment",
          "NEXT_PUBLIC_API_KEY=meant-for-browsers",
          "COOKIE_SECRET_ENABLED=true",
        ].join("\n"),
      );
      expect(parseDotenv("A='x y'\nB = 1 # n")).toEqual({ A: "x y", B: "1" });
      expect(collectSecrets({}, dir).map((s) => s.value)).toEqual([
        "from-dotenv-0123456789abcdef",
        "postgresql://app:hunter2hunter2@db/app",
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("no secret from the environment or dotenv files is in .next/static", async () => {
    test.skip(!existsSync(STATIC_DIR), "no .next/static: run `npx next build` first");
    const secrets = collectSecrets(process.env, ROOT);
    if (secrets.length === 0) {
      const reason =
        "no secret values to look for: export the canaries of scripts/test.sh " +
        "(AUTH_SECRET, BUNDLE_CANARY_LLM_KEY) for both the build and this run";
      if (CI) throw new Error(reason);
      test.skip(true, reason);
    }
    const { findings, filesScanned } = await scanForSecrets(STATIC_DIR, secrets);
    expect(filesScanned).toBeGreaterThan(10);
    expect(findings.map((f) => `${f.source} found in .next/static/${f.file}`)).toEqual([]);
  });
});
