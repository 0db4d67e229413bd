// SQL through every text field: names, emails, class names, join codes, tutor messages and
// free-text answers are stored verbatim (Prisma binds every value; the dashboard's $queryRaw
// calls build SQL with Prisma.sql, so ids are parameters too), and every table still exists.
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import * as answers from "@/app/api/answers/route";
import * as signUp from "@/app/api/auth/sign-up/route";
import * as join from "@/app/api/classes/join/route";
import * as classes from "@/app/api/instructor/classes/route";
import * as instructorClass from "@/app/api/instructor/classes/[classId]/route";
import * as learners from "@/app/api/instructor/classes/[classId]/learners/route";
import * as tutor from "@/app/api/tutor/route";
import { startOrResumeAttempt } from "@/lib/services/attempts";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase } from "@/tests/support/use-database";
import { SQL_STRINGS } from "./support/arbitraries";
import { callRoute, type RouteCall } from "./support/call";
import { createWorld, LESSON_ID, type Role, type World } from "./support/world";

vi.mock("next/headers", async () => (await import("./support/next-state")).nextHeaders);
vi.mock("next/navigation", async () => (await import("./support/next-state")).nextNavigation);
vi.mock("next/cache", async () => (await import("./support/next-state")).nextCache);
vi.mock("@/lib/env", async (original) =>
  (await import("./support/next-state")).freshEnvModule(original),
);

/** NUL is refused at the boundary (PostgreSQL cannot store it), so it is left out here. */
const PAYLOADS = SQL_STRINGS.filter((s) => !s.includes("\u0000"));
const SHORT_TEXT = `${LESSON_ID}/explain-long-gap`;

function request(file: string, role: Role, body: unknown, method = "POST"): RouteCall {
  return {
    method,
    file,
    role,
    headers: new Headers({ "content-type": "application/json" }),
    params: {},
    body: JSON.stringify(body),
  };
}

await describeBothProviders("SQL-looking input", ({ freshDatabaseUrl }) => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld(freshDatabaseUrl());
  });
  afterAll(async () => releaseDatabase(world.db));

  async function tablesIntact() {
    const { db } = world;
    const counts = await Promise.all([
      db.user.count(),
      db.class.count(),
      db.enrollment.count(),
      db.answer.count(),
      db.tutorMessage.count(),
    ]);
    expect(counts.every((n) => n > 0)).toBe(true);
  }

  it.each(PAYLOADS)("stores %j verbatim in every text field", async (payload) => {
    const { db, ids } = world;
    const email = `o'brien+${PAYLOADS.indexOf(payload)}@fuzz.test`;
    const up = await callRoute(
      world,
      signUp.POST,
      request("app/api/auth/sign-up/route.ts", "anonymous", {
        name: payload,
        email,
        password: "correct horse battery",
      }),
    );
    expect(up.status).toBe(201);
    expect(await db.user.findUnique({ where: { email }, select: { name: true } })).toEqual({
      name: payload.trim(),
    });

    const created = await callRoute(
      world,
      classes.POST,
      request("app/api/instructor/classes/route.ts", "instructor", { name: payload }),
    );
    expect(created.status).toBe(201);
    const classId = (JSON.parse(created.text) as { class: { id: string } }).class.id;
    expect((await db.class.findUniqueOrThrow({ where: { id: classId } })).name).toBe(
      payload.trim(),
    );

    const renamed = await callRoute(world, instructorClass.PATCH, {
      ...request(
        "app/api/instructor/classes/[classId]/route.ts",
        "instructor",
        { name: `${payload} 2` },
        "PATCH",
      ),
      params: { classId },
    });
    expect(renamed.status).toBe(200);

    // A SQL-looking join code is a 400 naming `code`, never a query.
    const joined = await callRoute(
      world,
      join.POST,
      request("app/api/classes/join/route.ts", "learner", { code: payload }),
    );
    expect(joined.status).toBe(400);
    expect(Object.keys((JSON.parse(joined.text) as { fields: object }).fields)).toEqual(["code"]);

    // Ids in raw dashboard SQL are bound parameters: a SQL-looking id is just an unknown class.
    const dashboard = await callRoute(world, learners.GET, {
      ...request("app/api/instructor/classes/[classId]/learners/route.ts", "instructor", {}, "GET"),
      params: { classId: payload },
    });
    expect(dashboard.status).toBe(404);

    const chat = await callRoute(
      world,
      tutor.POST,
      request("app/api/tutor/route.ts", "learner", {
        message: payload,
        conversationId: ids.conversationId,
      }),
    );
    expect(chat.status).toBe(200);
    expect(
      await db.tutorMessage.count({
        where: { conversationId: ids.conversationId, role: "user", content: payload.trim() },
      }),
    ).toBe(1);

    const key = `inject-${PAYLOADS.indexOf(payload)}`;
    // A fresh pass each time: a question takes only a few tries per attempt.
    const { attemptId } = await startOrResumeAttempt(ids.learnerId, LESSON_ID, true);
    const answered = await callRoute(
      world,
      answers.POST,
      request("app/api/answers/route.ts", "learner", {
        attemptId,
        questionId: SHORT_TEXT,
        response: { type: "short-text", text: payload },
        idempotencyKey: key,
        timeTakenMs: 1000,
      }),
    );
    expect(answered.status).toBeLessThan(300);
    const stored = await db.answer.findFirstOrThrow({ where: { idempotencyKey: key } });
    expect((JSON.parse(stored.payload) as { response: { text: string } }).response.text).toBe(
      payload,
    );

    await tablesIntact();
  });
});
