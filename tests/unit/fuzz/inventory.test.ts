// The fuzz table must name every route handler and server action: a route added without a
// table entry fails here rather than going unfuzzed.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { ACTION_FILES, HTTP_METHODS, ROUTES } from "./table";

vi.mock("next/headers", async () => (await import("./support/next-state")).nextHeaders);
vi.mock("next/navigation", async () => (await import("./support/next-state")).nextNavigation);
vi.mock("next/cache", async () => (await import("./support/next-state")).nextCache);

const ROOT = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|tsx)$/.test(e.name))
    .map((e) => path.relative(ROOT, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

const exportedFunctions = (mod: Record<string, unknown>) =>
  Object.keys(mod).filter((name) => typeof mod[name] === "function");

describe("fuzz table inventory", () => {
  it("lists every app/**/route.ts", () => {
    const onDisk = sourceFiles("app").filter((f) => f.endsWith("/route.ts"));
    expect(ROUTES.map((r) => r.file).sort()).toEqual(onDisk);
  });

  it("lists every file with a 'use server' directive and every action it exports", async () => {
    const onDisk = sourceFiles("app").filter((f) =>
      /^\s*(\/\/.*\n|\/\*[\s\S]*?\*\/\s*)*["']use server["']/.test(
        readFileSync(path.join(ROOT, f), "utf8"),
      ),
    );
    expect(ACTION_FILES.map((a) => a.file).sort()).toEqual(onDisk);
    for (const entry of ACTION_FILES) {
      expect(exportedFunctions(await entry.load()).sort(), entry.file).toEqual(
        Object.keys(entry.actions).sort(),
      );
    }
  });

  it("finds no inline 'use server' functions outside the action files", () => {
    const inline = sourceFiles("app").filter(
      (f) =>
        !ACTION_FILES.some((a) => a.file === f) &&
        /["']use server["']/.test(readFileSync(path.join(ROOT, f), "utf8")),
    );
    expect(inline).toEqual([]);
  });

  it("route files export only HTTP methods the fuzzer calls (and route config)", async () => {
    const config = new Set(["dynamic", "revalidate", "runtime", "fetchCache", "preferredRegion"]);
    for (const entry of ROUTES) {
      const mod = await entry.load();
      const names = Object.keys(mod).filter((n) => !config.has(n));
      expect(
        names.filter((n) => !(HTTP_METHODS as readonly string[]).includes(n)),
        entry.file,
      ).toEqual([]);
      expect(names.length, `${entry.file} exports no handler`).toBeGreaterThan(0);
    }
  });
});
