// What the fuzz suites found, pinned down one case each, on both databases: PostgreSQL refuses
// NUL in text and index entries past ~2.7 kB, so these were 500s there (and not on SQLite).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as signIn from "@/app/api/auth/sign-in/route";
import * as createClass from "@/app/api/instructor/classes/route";
import * as instructorClass from "@/app/api/instructor/classes/[classId]/route";
import * as tutor from "@/app/api/tutor/route";
import { createClassAction } from "@/app/(instructor)/instructor/actions";
import { PEER_ADDRESS_HEADER } from "@/lib/http/client-address";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase } from "@/tests/support/use-database";
import { callAction, callRoute, type RouteCall } from "./support/call";
import { createWorld, type World } from "./support/world";

vi.mock("next/headers", async () => (await import("./support/next-state")).nextHeaders);
vi.mock("next/navigation", async () => (await import("./support/next-state")).nextNavigation);
vi.mock("next/cache", async () => (await import("./support/next-state")).nextCache);
vi.mock("@/lib/env", async (original) =>
  (await import("./support/next-state")).freshEnvModule(original),
);

const json = (text: string) =>
  JSON.parse(text) as { error: string; fields: Record<string, string> };
const post = (file: string, body: unknown, extra: Partial<RouteCall> = {}): RouteCall => ({
  method: "POST",
  file,
  role: "instructor",
  headers: new Headers({ "content-type": "application/json" }),
  params: {},
  body: typeof body === "string" ? body : JSON.stringify(body),
  ...extra,
});

await describeBothProviders("hostile-input regressions", ({ freshDatabaseUrl }) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(freshDatabaseUrl());
  });
  afterAll(async () => releaseDatabase(world.db));

  it("a NUL character in a body field is a 400 naming the field, not a 500", async () => {
    const outcome = await callRoute(
      world,
      createClass.POST,
      post("app/api/instructor/classes/route.ts", { name: "a\u0000b" }),
    );
    expect(outcome.status).toBe(400);
    expect(json(outcome.text).fields).toEqual({ name: "must not contain NUL characters" });
  });

  it("a NUL character in a path parameter is a 404 naming the parameter", async () => {
    const outcome = await callRoute(world, instructorClass.GET, {
      method: "GET",
      file: "app/api/instructor/classes/[classId]/route.ts",
      role: "instructor",
      headers: new Headers(),
      params: { classId: "\u0000" },
    });
    expect(outcome.status).toBe(404);
    expect(json(outcome.text).fields).toEqual({ classId: "not found" });
  });

  it("a NUL character in a form field is form state naming the field", async () => {
    const form = new FormData();
    form.set("name", "a\u0000b");
    const outcome = await callAction(world, createClassAction, "instructor", form);
    if (outcome.kind !== "state") throw new Error(`expected form state, got ${outcome.digest}`);
    expect(outcome.state?.message).toBeTruthy();
    expect(outcome.state?.fields).toEqual({ name: "must not contain NUL characters" });
  });

  describe("a 3,000-character client address", () => {
    // Incompressible (a linear congruential sequence): PostgreSQL compresses repetitive ones.
    const longAddress = () => {
      let x = 12345;
      return Array.from({ length: 3000 }, () => {
        x = (x * 1103515245 + 12345) % 2147483648;
        return String.fromCharCode(33 + (x % 90));
      }).join("");
    };

    it("is cut to a bound before it becomes an indexed rate-limit key (tutor, anonymous)", async () => {
      const headers = new Headers({
        "content-type": "application/json",
        "x-forwarded-for": longAddress(),
        // Behind TRUSTED_PROXIES the address comes from X-Forwarded-For; here from the peer.
        [PEER_ADDRESS_HEADER]: longAddress(),
      });
      const outcome = await callRoute(
        world,
        tutor.POST,
        post(
          "app/api/tutor/route.ts",
          { message: "why do gradients vanish?" },
          {
            role: "anonymous",
            headers,
          },
        ),
      );
      expect(outcome.status).toBe(200);
    });

    it("is cut to a bound before a failed sign-in is counted", async () => {
      const headers = new Headers({
        "content-type": "application/json",
        "x-forwarded-for": longAddress(),
        // Behind TRUSTED_PROXIES the address comes from X-Forwarded-For; here from the peer.
        [PEER_ADDRESS_HEADER]: longAddress(),
      });
      const outcome = await callRoute(
        world,
        signIn.POST,
        post(
          "app/api/auth/sign-in/route.ts",
          { email: "nobody@fuzz.test", password: "wrong-password" },
          {
            role: "anonymous",
            headers,
          },
        ),
      );
      expect(outcome.status).toBe(401);
    });
  });

  it("the tutor takes a long history the schema allows (over the default 64 KiB cap)", async () => {
    const history = Array.from({ length: 30 }, (_, i) => ({
      role: i % 2 === 0 ? "user" : "assistant",
      content: "é".repeat(1500),
    }));
    const body = JSON.stringify({ message: "and then?", history });
    expect(new TextEncoder().encode(body).length).toBeGreaterThan(64 * 1024);
    const outcome = await callRoute(world, tutor.POST, post("app/api/tutor/route.ts", body));
    expect(outcome.status).toBe(200);
  });
});
