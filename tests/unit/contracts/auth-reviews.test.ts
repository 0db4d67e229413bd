import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { SessionUser } from "@/lib/auth/sessions";
import type { dueCards } from "@/lib/db/learner";
import { authContracts, SessionUserView } from "@/lib/contracts/auth";
import { reviewContracts } from "@/lib/contracts/reviews";

const user: SessionUser = {
  id: "u1",
  email: "ada@example.com",
  name: "Ada",
  role: "learner",
  isGuest: false,
};

describe("auth contracts", () => {
  it("accepts the session user the auth service returns", () => {
    expectTypeOf<SessionUser>().toExtend<z.input<typeof SessionUserView>>();
    expect(authContracts.me.response.parse({ user })).toEqual({ user });
    const guest = { ...user, email: null, name: null, isGuest: true };
    expect(authContracts.signIn.response.parse({ user: guest })).toEqual({ user: guest });
  });

  it("lets a guest start answer nobody, and refuses an unknown role", () => {
    expect(authContracts.guest.response.parse({ user: null })).toEqual({ user: null });
    const bad = authContracts.me.response.safeParse({ user: { ...user, role: "admin" } });
    expect(bad.error?.issues[0]?.path.join(".")).toBe("user.role");
  });
});

describe("review contracts", () => {
  type DueRow = Awaited<ReturnType<typeof dueCards>>[number];

  it("accepts the due queue as the service builds it and as JSON carries it", () => {
    expectTypeOf<{ due: DueRow[] }>().toExtend<z.input<typeof reviewContracts.queue.response>>();
    const row = { questionId: "l/q", due: new Date(0), reps: 2, lapses: 1, state: 2 };
    const wire = JSON.parse(JSON.stringify({ due: [row] })) as unknown;
    expect(reviewContracts.queue.response.parse(wire)).toEqual({
      due: [{ ...row, due: "1970-01-01T00:00:00.000Z" }],
    });
    const badState = reviewContracts.queue.response.safeParse({ due: [{ ...row, state: 7 }] });
    expect(badState.error?.issues[0]?.path.join(".")).toBe("due.0.state");
  });

  it("names the missing question of a review start", () => {
    const bad = reviewContracts.start.request.safeParse({});
    expect(bad.error?.issues[0]?.path.join(".")).toBe("questionId");
  });
});
