// Every route handler file and server action file the fuzz suites call. Adding a route is one
// line here; inventory.test.ts fails while a route file or action export is missing.

type Module = Record<string, unknown>;

export interface RouteEntry {
  /** Path from the repository root, as `find app -name route.ts` prints it. */
  file: string;
  load: () => Promise<Module>;
  /** The body's fields, so most generated bodies are nearly valid and reach the handler. */
  body?: readonly string[];
}

export const ROUTES: readonly RouteEntry[] = [
  {
    file: "app/api/answers/route.ts",
    load: () => import("@/app/api/answers/route"),
    body: ["attemptId", "questionId", "response", "idempotencyKey", "timeTakenMs", "exploration"],
  },
  {
    file: "app/api/attempts/route.ts",
    load: () => import("@/app/api/attempts/route"),
    body: ["lessonId", "restart"],
  },
  {
    file: "app/api/attempts/[attemptId]/route.ts",
    load: () => import("@/app/api/attempts/[attemptId]/route"),
  },
  { file: "app/api/auth/guest/route.ts", load: () => import("@/app/api/auth/guest/route") },
  {
    file: "app/api/auth/sign-in/route.ts",
    load: () => import("@/app/api/auth/sign-in/route"),
    body: ["email", "password"],
  },
  {
    file: "app/api/auth/password/route.ts",
    load: () => import("@/app/api/auth/password/route"),
    body: ["currentPassword", "newPassword"],
  },
  { file: "app/api/auth/sign-out/route.ts", load: () => import("@/app/api/auth/sign-out/route") },
  {
    file: "app/api/auth/sign-up/route.ts",
    load: () => import("@/app/api/auth/sign-up/route"),
    body: ["name", "email", "password", "role"],
  },
  { file: "app/api/classes/route.ts", load: () => import("@/app/api/classes/route") },
  {
    file: "app/api/classes/[classId]/route.ts",
    load: () => import("@/app/api/classes/[classId]/route"),
  },
  {
    file: "app/api/classes/join/route.ts",
    load: () => import("@/app/api/classes/join/route"),
    body: ["code"],
  },
  { file: "app/api/health/route.ts", load: () => import("@/app/api/health/route") },
  {
    file: "app/api/hints/route.ts",
    load: () => import("@/app/api/hints/route"),
    body: ["attemptId", "questionId", "hintIndex"],
  },
  {
    file: "app/api/instructor/classes/route.ts",
    load: () => import("@/app/api/instructor/classes/route"),
    body: ["name"],
  },
  {
    file: "app/api/instructor/classes/[classId]/route.ts",
    load: () => import("@/app/api/instructor/classes/[classId]/route"),
    body: ["name", "archived"],
  },
  {
    file: "app/api/instructor/classes/[classId]/export/[file]/route.ts",
    load: () => import("@/app/api/instructor/classes/[classId]/export/[file]/route"),
  },
  {
    file: "app/api/instructor/classes/[classId]/instructors/route.ts",
    load: () => import("@/app/api/instructor/classes/[classId]/instructors/route"),
    body: ["email"],
  },
  {
    file: "app/api/instructor/classes/[classId]/items/route.ts",
    load: () => import("@/app/api/instructor/classes/[classId]/items/route"),
  },
  {
    file: "app/api/instructor/classes/[classId]/join-code/route.ts",
    load: () => import("@/app/api/instructor/classes/[classId]/join-code/route"),
    body: ["expiresInDays"],
  },
  {
    file: "app/api/instructor/classes/[classId]/learners/route.ts",
    load: () => import("@/app/api/instructor/classes/[classId]/learners/route"),
  },
  {
    file: "app/api/instructor/classes/[classId]/learners/[learnerId]/route.ts",
    load: () => import("@/app/api/instructor/classes/[classId]/learners/[learnerId]/route"),
  },
  { file: "app/api/me/route.ts", load: () => import("@/app/api/me/route") },
  {
    file: "app/api/predictions/route.ts",
    load: () => import("@/app/api/predictions/route"),
    body: ["settings", "predicted"],
  },
  {
    file: "app/api/predictions/[predictionId]/route.ts",
    load: () => import("@/app/api/predictions/[predictionId]/route"),
    body: ["outcome"],
  },
  {
    file: "app/api/reviews/route.ts",
    load: () => import("@/app/api/reviews/route"),
    body: ["questionId"],
  },
  {
    file: "app/api/tutor/route.ts",
    load: () => import("@/app/api/tutor/route"),
    body: [
      "message",
      "questionId",
      "lessonId",
      "params",
      "history",
      "conversationId",
      "clientMessageId",
    ],
  },
  {
    file: "app/api/tutor/conversations/route.ts",
    load: () => import("@/app/api/tutor/conversations/route"),
  },
  {
    file: "app/api/tutor/conversations/[conversationId]/route.ts",
    load: () => import("@/app/api/tutor/conversations/[conversationId]/route"),
  },
];

export interface ActionFileEntry {
  /** A file whose first statement is "use server". */
  file: string;
  load: () => Promise<Module>;
  /** Every exported action with its form fields; an export missing here fails the inventory. */
  actions: Readonly<Record<string, readonly string[]>>;
}

export const ACTION_FILES: readonly ActionFileEntry[] = [
  {
    file: "app/(auth)/actions.ts",
    load: () => import("@/app/(auth)/actions"),
    actions: {
      signUpAction: ["name", "email", "password", "role", "next"],
      signInAction: ["email", "password", "next"],
      changePasswordAction: ["currentPassword", "newPassword", "confirmPassword"],
      signOutAction: [],
      startLessonAction: ["lessonId", "land"],
    },
  },
  {
    file: "app/(instructor)/instructor/actions.ts",
    load: () => import("@/app/(instructor)/instructor/actions"),
    actions: {
      createClassAction: ["name"],
      renameClassAction: ["classId", "name"],
      archiveClassAction: ["classId", "archived"],
      rotateCodeAction: ["classId", "expiresInDays"],
      shareAction: ["classId", "email"],
      unshareAction: ["classId", "email"],
      removeLearnerAction: ["classId", "learnerId"],
    },
  },
  {
    file: "app/(learner)/classes/actions.ts",
    load: () => import("@/app/(learner)/classes/actions"),
    actions: { joinClassAction: ["code"], leaveClassAction: ["classId"] },
  },
  {
    file: "app/(learner)/progress/actions.ts",
    load: () => import("@/app/(learner)/progress/actions"),
    actions: { clearExplorationAction: ["confirm"] },
  },
  {
    file: "app/(learner)/review/actions.ts",
    load: () => import("@/app/(learner)/review/actions"),
    actions: {
      startReviewAction: ["questionId"],
      startReviewSessionAction: [],
      nextReviewAction: ["since"],
    },
  },
];

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** The dynamic segments of a route file's path: `[classId]` -> "classId". */
export function paramNames(file: string): string[] {
  return [...file.matchAll(/\[(?:\.\.\.)?([^\]]+)\]/g)].map((m) => m[1] ?? "");
}
