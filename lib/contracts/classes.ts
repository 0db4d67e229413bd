import { z } from "zod";
import { contract } from "./http";
import { displayName } from "./names";

/** Class endpoints (learners and instructors): inputs shared by the JSON APIs and the server actions. */

export const CLASS_NAME_MAX = 120;

export const ClassName = displayName({
  label: "A class name",
  required: "Give the class a name.",
  max: CLASS_NAME_MAX,
});

/** Codes are shown in capitals and grouped by people ("demo-2026"); accept what they type. */
export const JOIN_CODE_PATTERN = /^[A-Z0-9]{4,16}$/;
export const JOIN_CODE_HINT = "A join code is 4 to 16 letters and digits, like DEMO2026.";

export const JoinCode = z
  .string({ error: "code is required" })
  .max(64, JOIN_CODE_HINT)
  .transform((raw) => raw.replace(/[\s-]/g, "").toUpperCase())
  .refine((code) => code.length > 0, { error: "Enter the join code your instructor gave you." })
  .refine((code) => code.length === 0 || JOIN_CODE_PATTERN.test(code), { error: JOIN_CODE_HINT });

export const CreateClassInput = z.object({ name: ClassName });
export type CreateClassInput = z.infer<typeof CreateClassInput>;

export const UpdateClassInput = z
  .object({
    name: ClassName.optional(),
    archived: z.boolean({ error: "archived must be true or false" }).optional(),
  })
  .refine((v) => v.name !== undefined || v.archived !== undefined, {
    error: "Send a new name or archived: true/false.",
    path: ["name"],
  });
export type UpdateClassInput = z.infer<typeof UpdateClassInput>;

/** Days until the new code stops admitting learners; 0 or absent: it never expires. */
export const ExpiresInDays = z.coerce
  .number({ error: "expiresInDays must be a number of days" })
  .int("expiresInDays must be a whole number of days")
  .min(0, "expiresInDays must be 0 (never) or more")
  .max(365, "expiresInDays must be at most 365");

export const RotateCodeInput = z.object({ expiresInDays: ExpiresInDays.default(0) });
export type RotateCodeInput = z.infer<typeof RotateCodeInput>;

export const ShareInput = z.object({
  email: z
    .string({ error: "email is required" })
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: "Enter the co-instructor's email address." }).max(254)),
});
export type ShareInput = z.infer<typeof ShareInput>;

export const JoinInput = z.object({ code: JoinCode });
export type JoinInput = z.infer<typeof JoinInput>;

/** Dates cross the wire as ISO strings; the server hands Date objects to Response.json. */
const WireDate = z.union([z.string(), z.date()]);

export const InstructorClassSummary = z.object({
  id: z.string(),
  name: z.string(),
  joinCode: z.string(),
  archivedAt: WireDate.nullable(),
  ownerId: z.string(),
  isOwner: z.boolean(),
  ownerName: z.string(),
  learnerCount: z.number().int(),
});

export const LearnerClassSummary = z.object({
  id: z.string(),
  name: z.string(),
  archived: z.boolean(),
  instructorName: z.string(),
  joinedAt: WireDate,
  learnerCount: z.number().int().optional(),
});

export const CoInstructor = z.object({
  email: z.string(),
  name: z.string().nullable(),
  createdAt: WireDate,
});

/**
 * What rotating answers. The previous code stops admitting learners at once; whoever types it is
 * told it was replaced and to ask for the new one (it is kept as retired, never reissued).
 */
export const RotatedCode = z.object({
  id: z.string(),
  joinCode: z.string(),
  joinCodeRotatedAt: WireDate.nullable(),
  joinCodeExpiresAt: WireDate.nullable(),
});

export const classContracts = {
  learnerClasses: contract({
    method: "GET",
    path: "/api/classes",
    request: null,
    response: z.object({ classes: z.array(LearnerClassSummary) }),
  }),
  learnerClass: contract({
    method: "GET",
    path: "/api/classes/:classId",
    request: null,
    response: z.object({ class: LearnerClassSummary }),
  }),
  join: contract({
    method: "POST",
    path: "/api/classes/join",
    request: JoinInput,
    response: z.object({
      class: z.object({ id: z.string(), name: z.string(), instructorName: z.string() }),
    }),
  }),
  leave: contract({
    method: "DELETE",
    path: "/api/classes/:classId",
    request: null,
    response: null,
  }),
};

export const instructorContracts = {
  classes: contract({
    method: "GET",
    path: "/api/instructor/classes",
    request: null,
    response: z.object({ classes: z.array(InstructorClassSummary) }),
  }),
  createClass: contract({
    method: "POST",
    path: "/api/instructor/classes",
    request: CreateClassInput,
    response: z.object({
      class: z.object({ id: z.string(), name: z.string(), joinCode: z.string() }),
    }),
  }),
  updateClass: contract({
    method: "PATCH",
    path: "/api/instructor/classes/:classId",
    request: UpdateClassInput,
    response: z.object({
      class: z.object({ id: z.string(), name: z.string(), archivedAt: WireDate.nullable() }),
    }),
  }),
  rotateJoinCode: contract({
    method: "POST",
    path: "/api/instructor/classes/:classId/join-code",
    request: RotateCodeInput,
    response: z.object({ class: RotatedCode }),
  }),
  coInstructors: contract({
    method: "GET",
    path: "/api/instructor/classes/:classId/instructors",
    request: null,
    response: z.object({ instructors: z.array(CoInstructor) }),
  }),
  share: contract({
    method: "POST",
    path: "/api/instructor/classes/:classId/instructors",
    request: ShareInput,
    response: z.object({ instructor: CoInstructor }),
  }),
  unshare: contract({
    method: "DELETE",
    path: "/api/instructor/classes/:classId/instructors",
    request: ShareInput,
    response: null,
  }),
  removeLearner: contract({
    method: "DELETE",
    path: "/api/instructor/classes/:classId/learners/:learnerId",
    request: null,
    response: null,
  }),
};
