import { z } from "zod";
import type { Level } from "@/lib/learning/levels";
import type { HelpReasonKind } from "@/lib/learning/needs-help";
import { ExplorationMove } from "./exploration";
import { contract } from "./http";

/**
 * The instructor dashboard's JSON read endpoints: the same figures the pages draw (their shapes
 * are built by lib/services/dashboard). The CSV exports have no schema: they are files.
 */

/** Dates cross the wire as ISO strings; the server hands Date objects to Response.json. */
const IsoDate = z.union([z.string(), z.date()]);
const count = z.number().int().nonnegative();

/** lib/learning/levels' LEVELS, restated here because only its types may be imported. */
export const LEVEL_VALUES = [
  "not-started",
  "attempted",
  "familiar",
  "proficient",
  "mastered",
] as const satisfies readonly Level[];
const LevelSchema = z.enum(LEVEL_VALUES);

const HELP_KINDS = [
  "low-mastery",
  "many-hints",
  "inactive",
] as const satisfies readonly HelpReasonKind[];

export const DashboardClass = z.object({
  id: z.string(),
  name: z.string(),
  joinCode: z.string(),
  joinCodeRotatedAt: IsoDate.nullable(),
  joinCodeExpiresAt: IsoDate.nullable(),
  archivedAt: IsoDate.nullable(),
  createdAt: IsoDate,
  ownerId: z.string(),
  isOwner: z.boolean(),
});

export const Overview = z.object({
  learnerCount: count,
  activeThisWeek: count,
  lessons: z.array(
    z.object({
      lessonId: z.string(),
      title: z.string(),
      started: count,
      completed: count,
      completion: z.number(),
      meanMastery: z.number().nullable(),
      masteryLearners: count,
    }),
  ),
  activity: z.array(z.object({ day: z.string(), answers: count, learners: count, correct: count })),
});

export const Heatmap = z.object({
  learners: z.array(z.object({ id: z.string(), name: z.string() })),
  concepts: z.array(z.string()),
  levels: z.array(z.array(LevelSchema)),
});

export const MisconceptionRow = z.object({
  id: z.string(),
  label: z.string(),
  correction: z.string().nullable(),
  learners: count,
  answers: count,
  chat: count,
  questions: count,
});

export const NeedsHelp = z.object({
  learnerId: z.string(),
  name: z.string(),
  reasons: z.array(z.object({ kind: z.enum(HELP_KINDS), text: z.string() })),
});

export const LearnerProgress = z.object({
  learnerId: z.string(),
  name: z.string(),
  email: z.string(),
  joinedAt: IsoDate,
  lessonsStarted: count,
  lessonsCompleted: count,
  questionsAnswered: count,
  correctFirstTry: count,
  meanMark: z.number().nullable(),
  hintsUsed: count,
  meanPKnown: z.number().nullable(),
  masteryAnswers: count,
  conceptsMastered: count,
  lastActiveAt: IsoDate.nullable(),
});

export const ItemRow = z.object({
  questionId: z.string(),
  lessonId: z.string(),
  title: z.string(),
  prompt: z.string(),
  type: z.string(),
  n: count,
  facility: z.number(),
  facilityMargin: z.number().nullable(),
  facilityShown: z.boolean(),
  facilityBand: z.string(),
  groupSize: count,
  upperFacility: z.number().nullable(),
  lowerFacility: z.number().nullable(),
  discrimination: z.number().nullable(),
  discriminationBand: z.string(),
  correlation: z.number().nullable(),
  meanTries: z.number(),
  meanHints: z.number(),
  medianTimeMs: z.number(),
});

export const ResponseDistribution = z.object({
  questionId: z.string(),
  type: z.string(),
  total: count,
  buckets: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      correct: z.boolean().nullable(),
      misconception: z.object({ id: z.string(), label: z.string() }).nullable(),
      count,
    }),
  ),
});

const AttemptAnswer = z.object({
  id: z.string(),
  questionId: z.string(),
  correct: z.boolean(),
  score: z.number(),
  tryNumber: count,
  hintsUsed: count,
  timeTakenMs: z.number(),
  misconceptions: z.array(z.string()),
  createdAt: IsoDate,
  prompt: z.string(),
  given: z.string(),
  drawnParams: z.record(z.string(), z.number()),
  /** The slider moves before this try, oldest first (lib/contracts/exploration.ts). */
  exploration: z.array(ExplorationMove),
  replay: z
    .object({
      scenarioId: z.string(),
      params: z.record(z.string(), z.union([z.number(), z.string()])),
      href: z.string(),
    })
    .nullable(),
});

export const LearnerDetail = z.object({
  learner: z.object({
    id: z.string(),
    name: z.string().nullable(),
    email: z.string().nullable(),
    joinedAt: IsoDate,
  }),
  attempts: z.array(
    z.object({
      id: z.string(),
      lessonId: z.string(),
      lessonTitle: z.string(),
      kind: z.string(),
      startedAt: IsoDate,
      completedAt: IsoDate.nullable(),
      answers: z.array(AttemptAnswer),
    }),
  ),
  conceptLevels: z.array(
    z.object({
      conceptId: z.string(),
      level: LevelSchema,
      pKnown: z.number().nullable(),
      firstTries: count,
      right: count,
    }),
  ),
  conversations: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      lessonId: z.string().nullable(),
      createdAt: IsoDate,
      messages: z.array(
        z.object({
          id: z.string(),
          role: z.string(),
          content: z.string(),
          topic: z.string().nullable(),
          createdAt: IsoDate,
        }),
      ),
    }),
  ),
  conversationsShown: count,
});

export const dashboardContracts = {
  overview: contract({
    method: "GET",
    path: "/api/instructor/classes/:classId",
    request: null,
    response: z.object({
      class: DashboardClass,
      overview: Overview,
      heatmap: Heatmap,
      misconceptions: z.array(MisconceptionRow),
      needsHelp: z.array(NeedsHelp),
    }),
  }),
  items: contract({
    method: "GET",
    path: "/api/instructor/classes/:classId/items",
    request: null,
    response: z.object({
      method: z.string(),
      items: z.array(ItemRow),
      responses: z.array(ResponseDistribution),
    }),
  }),
  learners: contract({
    method: "GET",
    path: "/api/instructor/classes/:classId/learners",
    request: null,
    response: z.object({ learners: z.array(LearnerProgress) }),
  }),
  learner: contract({
    method: "GET",
    path: "/api/instructor/classes/:classId/learners/:learnerId",
    request: null,
    response: LearnerDetail,
  }),
};
