import { describe, expect, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type { InstructorClass } from "@/lib/db/classes/access";
import type {
  Heatmap,
  ItemExport,
  LearnerDetail,
  LearnerProgress,
  MisconceptionRow,
  Overview,
  ResponseDistribution,
} from "@/lib/services/dashboard";
import { LEVELS } from "@/lib/learning/levels";
import type { NeedsHelp } from "@/lib/learning/needs-help";
import { dashboardContracts, LEVEL_VALUES } from "@/lib/contracts/dashboard";

type Body<C extends { response: z.ZodType }> = z.input<C["response"]>;

const progress = {
  learnerId: "u1",
  name: "Ada",
  email: "ada@example.com",
  joinedAt: new Date(0),
  lessonsStarted: 2,
  lessonsCompleted: 1,
  questionsAnswered: 6,
  correctFirstTry: 4,
  meanMark: 0.7,
  hintsUsed: 1,
  meanPKnown: null,
  masteryAnswers: 6,
  conceptsMastered: 0,
  lastActiveAt: null,
};

const overview = {
  class: {
    id: "c1",
    name: "RNNs",
    joinCode: "DEMO2026",
    joinCodeRotatedAt: null,
    joinCodeExpiresAt: null,
    archivedAt: null,
    createdAt: new Date(0),
    ownerId: "i1",
    isOwner: true,
  },
  overview: { learnerCount: 1, activeThisWeek: 1, lessons: [], activity: [] },
  heatmap: { learners: [{ id: "u1", name: "Ada" }], concepts: ["bptt"], levels: [["familiar"]] },
  misconceptions: [],
  needsHelp: [{ learnerId: "u1", name: "Ada", reasons: [{ kind: "inactive", text: "Idle." }] }],
};

/** What Response.json does to the body: dates become ISO strings. */
const wire = (body: unknown) => JSON.parse(JSON.stringify(body)) as unknown;

describe("dashboard contracts", () => {
  it("accept the dashboard services' output types", () => {
    expectTypeOf<{
      class: InstructorClass;
      overview: Overview;
      heatmap: Heatmap;
      misconceptions: MisconceptionRow[];
      needsHelp: NeedsHelp[];
    }>().toExtend<Body<typeof dashboardContracts.overview>>();
    expectTypeOf<{ learners: LearnerProgress[] }>().toExtend<
      Body<typeof dashboardContracts.learners>
    >();
    expectTypeOf<{
      method: string;
      items: ItemExport[];
      responses: ResponseDistribution[];
    }>().toExtend<Body<typeof dashboardContracts.items>>();
    expectTypeOf<
      LearnerDetail & {
        learner: { id: string; name: string | null; email: string | null; joinedAt: Date };
      }
    >().toExtend<Body<typeof dashboardContracts.learner>>();
  });

  it("restates the mastery levels exactly", () => {
    expect(LEVEL_VALUES).toEqual(LEVELS);
  });

  it("reads the overview and learner rows as JSON carries them", () => {
    const parsed = dashboardContracts.overview.response.parse(wire(overview));
    expect(parsed.class.createdAt).toBe("1970-01-01T00:00:00.000Z");
    expect(parsed.heatmap.levels).toEqual([["familiar"]]);
    const learners = dashboardContracts.learners.response.parse(wire({ learners: [progress] }));
    expect(learners.learners[0]?.joinedAt).toBe("1970-01-01T00:00:00.000Z");
  });

  it("refuses an unknown level or help reason, naming where", () => {
    const badLevel = { ...overview, heatmap: { ...overview.heatmap, levels: [["expert"]] } };
    const level = dashboardContracts.overview.response.safeParse(badLevel);
    expect(level.error?.issues[0]?.path.join(".")).toBe("heatmap.levels.0.0");
    const badHelp = {
      ...overview,
      needsHelp: [{ learnerId: "u1", name: "Ada", reasons: [{ kind: "bored", text: "" }] }],
    };
    const help = dashboardContracts.overview.response.safeParse(badHelp);
    expect(help.error?.issues[0]?.path.join(".")).toBe("needsHelp.0.reasons.0.kind");
  });
});
