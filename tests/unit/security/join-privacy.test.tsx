// Joining a class shows its instructors the learner's tutor conversations from the moment of
// joining, never the ones before; the join page says so before the learner joins.
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import * as join from "@/app/api/classes/join/route";
import * as learnerRoute from "@/app/api/instructor/classes/[classId]/learners/[learnerId]/route";
import * as tutor from "@/app/api/tutor/route";
import JoinLinkPage from "@/app/join/[code]/page";
import { dashboardDb, tutorTopics } from "@/lib/services/dashboard";
import { describeBothProviders } from "@/tests/support/postgres";
import { releaseDatabase } from "@/tests/support/use-database";
import { beginRequest } from "../fuzz/support/next-state";
import { createWorld, JOIN_CODE, type World } from "../fuzz/support/world";
import { callAs } from "./support";
import { createSession, SESSION_COOKIE } from "@/lib/auth/sessions";
import { FUZZ_SECRET } from "../fuzz/support/world";

vi.mock("next/headers", async () => (await import("../fuzz/support/next-state")).nextHeaders);
vi.mock("next/navigation", async () => (await import("../fuzz/support/next-state")).nextNavigation);
vi.mock("next/cache", async () => (await import("../fuzz/support/next-state")).nextCache);
vi.mock("@/lib/env", async (original) =>
  (await import("../fuzz/support/next-state")).freshEnvModule(original),
);

const BEFORE = "Private question before joining about forget gates";
const AFTER = "Question after joining about forget gates";

await describeBothProviders("joining a class", ({ freshDatabaseUrl }) => {
  let world: World;
  let learnerId: string;
  beforeAll(async () => {
    world = await createWorld(freshDatabaseUrl());
    learnerId = (
      await world.db.user.create({
        data: { email: "newcomer@fuzz.test", name: "Newcomer", role: "learner" },
      })
    ).id;
  });
  afterAll(async () => releaseDatabase(world.db));

  const ask = async (message: string, conversationId?: string) => {
    const turn = await callAs(world, tutor.POST, {
      userId: learnerId,
      method: "POST",
      path: "/api/tutor",
      body: { message, ...(conversationId ? { conversationId } : {}) },
    });
    expect(turn.status).toBe(200);
    return (JSON.parse(turn.text) as { conversationId: string }).conversationId;
  };

  it("tells the learner on the join page what the instructors will see", async () => {
    const { token } = await createSession(world.db, learnerId, FUZZ_SECRET);
    beginRequest({ [SESSION_COOKIE]: token }, new Headers());
    const html = renderToStaticMarkup(
      await JoinLinkPage({ params: Promise.resolve({ code: JOIN_CODE }) }),
    );
    expect(html).toContain("Join Fuzz class");
    expect(html).toMatch(
      /tutor conversations you have from the moment you join, not the ones before/,
    );
  });

  it("shows the instructors only the tutor messages from the time of joining", async () => {
    const earlier = await ask(BEFORE);
    // Stored times are in milliseconds: keep "before" and "after" apart.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const joined = await callAs(world, join.POST, {
      userId: learnerId,
      method: "POST",
      path: "/api/classes/join",
      body: { code: JOIN_CODE },
    });
    expect(joined.status).toBe(201);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await ask(AFTER, earlier);

    const params = { classId: world.ids.classId, learnerId };
    const detail = await callAs(world, learnerRoute.GET, {
      userId: world.ids.instructorId,
      path: `/api/instructor/classes/${params.classId}/learners/${learnerId}`,
      params,
    });
    expect(detail.status).toBe(200);
    expect(detail.text).not.toContain(BEFORE);
    const { conversations } = JSON.parse(detail.text) as {
      conversations: { id: string; title: string; messages: { role: string; content: string }[] }[];
    };
    expect(conversations).toHaveLength(1);
    expect(conversations[0]?.title).toBe("A conversation begun before joining the class");
    expect(
      conversations[0]?.messages.filter((m) => m.role === "user").map((m) => m.content),
    ).toEqual([AFTER]);

    const topics = await tutorTopics(dashboardDb(), world.ids.classId);
    const asked = topics.reduce((sum, row) => sum + row.questions, 0);
    // The fuzz world's learner's message has no topic; the newcomer asked one since joining.
    expect(asked).toBe(1);
  });
});
