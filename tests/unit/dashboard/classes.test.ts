import { beforeAll, describe, expect, it } from "vitest";
import {
  classForCode,
  createClass,
  instructorClass,
  instructorClasses,
  joinClass,
  learnerClasses,
  leaveClass,
  removeLearner,
  rotateJoinCode,
  shareClass,
  updateClass,
} from "@/lib/db/classes";
import { JoinInput, UpdateClassInput } from "@/lib/contracts/classes";
import type { Db } from "@/lib/db/prisma";
import { AppError } from "@/lib/errors";
import { describeBothProviders } from "@/tests/support/postgres";
import { openDb } from "./support";

const owner = { id: "own", email: "own@x.test" };
const colleague = { id: "col", email: "col@x.test" };
const stranger = { id: "str", email: "str@x.test" };
const learner = { id: "lea", role: "learner" as const, isGuest: false };

async function failure(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("input schemas", () => {
  it("normalises codes people type and names what is wrong with bad ones", () => {
    expect(JoinInput.parse({ code: " demo-2026 " }).code).toBe("DEMO2026");
    for (const code of ["", "ab", "DEMO2026!", "x".repeat(70)]) {
      const parsed = JoinInput.safeParse({ code });
      expect(parsed.success, code).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(["code"]);
    }
    expect(JoinInput.safeParse({ code: "ab" }).error?.issues[0]?.message).toMatch(
      /4 to 16 letters and digits/,
    );
  });

  it("refuses empty and 1,000-character names with a message", () => {
    expect(UpdateClassInput.safeParse({ name: "   " }).error?.issues[0]?.message).toBe(
      "Give the class a name.",
    );
    expect(
      UpdateClassInput.safeParse({ name: "x".repeat(1000) }).error?.issues[0]?.message,
    ).toMatch(/at most 120/);
    expect(UpdateClassInput.safeParse({}).success).toBe(false);
  });
});

await describeBothProviders("classes", ({ freshDatabaseUrl }) => {
  let db: Db;
  let classId: string;
  let code: string;
  beforeAll(async () => {
    ({ db } = await openDb(freshDatabaseUrl()));
    await db.user.createMany({
      data: [
        { id: owner.id, email: owner.email, role: "instructor" },
        { id: colleague.id, email: colleague.email, role: "instructor" },
        { id: stranger.id, email: stranger.email, role: "instructor" },
        { id: learner.id, email: "lea@x.test" },
      ],
    });
    ({ id: classId, joinCode: code } = await createClass(db, owner, { name: "Evening" }));
  });

  it("joins once; joining twice is a 409 naming the class, with one enrolment", async () => {
    expect((await joinClass(db, learner, code)).name).toBe("Evening");
    const again = await failure(joinClass(db, learner, code));
    expect([again.status, again.message]).toEqual([409, "You are already in Evening."]);
    expect(await db.enrollment.count({ where: { classId, userId: learner.id } })).toBe(1);
  });

  it("tells a rotated code from an unknown one, and an expired one", async () => {
    const rotated = await rotateJoinCode(
      db,
      owner,
      classId,
      { expiresInDays: 7 },
      new Date("2026-01-01T00:00:00Z"),
    );
    expect(rotated.joinCode).not.toBe(code);
    expect((await failure(classForCode(db, code))).message).toMatch(/replaced by a new one/);
    expect((await failure(classForCode(db, "NOSUCH99"))).status).toBe(404);
    const expired = await failure(
      classForCode(db, rotated.joinCode, new Date("2026-01-09T00:00:00Z")),
    );
    expect([expired.status, expired.message]).toEqual([
      422,
      "This join code expired on 2026-01-08. Ask your instructor for a new one.",
    ]);
    code = (await rotateJoinCode(db, owner, classId, { expiresInDays: 0 })).joinCode;
  });

  it("refuses guests, instructors and archived classes", async () => {
    expect((await failure(joinClass(db, { ...learner, isGuest: true }, code))).status).toBe(403);
    expect(
      (await failure(joinClass(db, { id: stranger.id, role: "instructor", isGuest: false }, code)))
        .status,
    ).toBe(403);
    await updateClass(db, owner, classId, { archived: true });
    expect((await failure(classForCode(db, code))).message).toMatch(/archived/);
    await updateClass(db, owner, classId, { archived: false });
  });

  it("shows the class to its owner and co-instructors only; others get 404", async () => {
    expect((await failure(instructorClass(db, colleague, classId))).status).toBe(404);
    await shareClass(db, owner, classId, colleague.email);
    expect((await instructorClass(db, colleague, classId)).isOwner).toBe(false);
    expect((await instructorClasses(db, colleague)).map((c) => c.id)).toEqual([classId]);
    expect((await failure(updateClass(db, colleague, classId, { name: "Mine" }))).status).toBe(403);
    expect((await failure(shareClass(db, owner, classId, colleague.email))).status).toBe(409);
    expect((await failure(shareClass(db, owner, classId, "lea@x.test"))).message).toMatch(
      /No instructor account uses lea@x.test/,
    );
    expect((await failure(instructorClass(db, stranger, classId))).status).toBe(404);
    expect((await failure(removeLearner(db, stranger, classId, learner.id))).status).toBe(404);
  });

  it("lets a learner be in several classes, leave one, and be removed from another", async () => {
    const second = await createClass(db, colleague, { name: "Morning" });
    await joinClass(db, learner, second.joinCode);
    expect((await learnerClasses(db, learner.id)).map((c) => c.name).sort()).toEqual([
      "Evening",
      "Morning",
    ]);
    await leaveClass(db, learner.id, second.id);
    expect((await failure(leaveClass(db, learner.id, second.id))).status).toBe(404);
    await removeLearner(db, colleague, classId, learner.id);
    expect(await learnerClasses(db, learner.id)).toEqual([]);
  });
});
