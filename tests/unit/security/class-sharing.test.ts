// A class shared to an address nobody has registered must not go to whoever signs up with it:
// emails are not verified, so an address alone proves nothing. And the share route answers an
// unknown address exactly like a learner's, so it cannot tell who has which kind of account.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import * as signUp from "@/app/api/auth/sign-up/route";
import * as exportFile from "@/app/api/instructor/classes/[classId]/export/[file]/route";
import * as instructors from "@/app/api/instructor/classes/[classId]/instructors/route";
import * as instructorClass from "@/app/api/instructor/classes/[classId]/route";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase } from "@/tests/support/use-database";
import { createWorld, type World } from "../fuzz/support/world";
import { callAs } from "./support";

vi.mock("next/headers", async () => (await import("../fuzz/support/next-state")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../fuzz/support/next-state")).nextNavigation);
vi.mock("next/cache", async () => (await import("../fuzz/support/next-state")).nextCache);
vi.mock("@/lib/env", async (original) =>
  (await import("../fuzz/support/next-state")).freshEnvModule(original),
);

await describeBothProviders("sharing a class", ({ freshDatabaseUrl }) => {
  let world: World;
  let path: string;
  beforeAll(async () => {
    world = await createWorld(freshDatabaseUrl());
    path = `/api/instructor/classes/${world.ids.classId}`;
  });
  afterAll(async () => releaseDatabase(world.db));

  const share = (email: string) =>
    callAs(world, instructors.POST, {
      userId: world.ids.instructorId,
      method: "POST",
      path: `${path}/instructors`,
      params: { classId: world.ids.classId },
      body: { email },
    });

  it("to an unregistered email is refused, and signing up with it later grants nothing", async () => {
    const email = "newcomer@fuzz.test";
    const refused = await share(email);
    expect(refused.status).toBe(422);
    expect(JSON.parse(refused.text)).toMatchObject({ fields: { email: "no instructor account" } });

    const signedUp = await callAs(world, signUp.POST, {
      userId: null,
      method: "POST",
      path: "/api/auth/sign-up",
      body: { name: "Newcomer", email, password: "a long enough password", role: "instructor" },
    });
    expect(signedUp.status).toBe(201);
    const claimant = await world.db.user.findUniqueOrThrow({ where: { email } });
    const params = { classId: world.ids.classId };
    const view = await callAs(world, instructorClass.GET, { userId: claimant.id, path, params });
    expect(view.status).toBe(404);
    const roster = await callAs(world, exportFile.GET, {
      userId: claimant.id,
      path: `${path}/export/progress.csv`,
      params: { ...params, file: "progress.csv" },
    });
    expect(roster.status).toBe(404);
    expect(roster.text).not.toContain("learner@fuzz.test");
  });

  it("answers a learner's email exactly like an unknown one", async () => {
    const learner = await share("learner@fuzz.test");
    const unknown = await share("nobody@fuzz.test");
    expect(learner.status).toBe(unknown.status);
    expect(learner.text.replaceAll("learner@fuzz.test", "X")).toBe(
      unknown.text.replaceAll("nobody@fuzz.test", "X"),
    );
  });

  it("to an instructor account shows the class to that account, until unshared", async () => {
    const other = await world.db.user.create({
      data: { email: "second@fuzz.test", name: "Second", role: "instructor" },
    });
    const params = { classId: world.ids.classId };
    expect(
      (await callAs(world, instructorClass.GET, { userId: other.id, path, params })).status,
    ).toBe(404);
    expect((await share("Second@Fuzz.test")).status).toBe(201);
    expect(
      (await callAs(world, instructorClass.GET, { userId: other.id, path, params })).status,
    ).toBe(200);
    const unshared = await callAs(world, instructors.DELETE, {
      userId: world.ids.instructorId,
      method: "DELETE",
      path: `${path}/instructors`,
      params,
      body: { email: "second@fuzz.test" },
    });
    expect(unshared.status).toBe(204);
    expect(
      (await callAs(world, instructorClass.GET, { userId: other.id, path, params })).status,
    ).toBe(404);
  });
});
