import { LESSON, QUESTION, WRONG_OPTION } from "./content";
import {
  accountEmail,
  accountPassword,
  all,
  instructorApi,
  learnerOwned,
  ownerOnlyApi,
  signedIn,
  spareInstructorEmail,
  type Fixture,
  type Role,
  type Row,
} from "./roles";

/** The training lab's defaults, as a committed prediction carries them. */
const PREDICTION_SETTINGS = {
  task: "adding",
  lag: 50,
  hidden: 16,
  lr: 0.01,
  seed: 1,
  forgetBias: 1,
  iterations: 2000,
};

const shareEmail = (f: Fixture) => spareInstructorEmail(f.run);
const answer = (f: Fixture) => ({
  attemptId: f.attemptId,
  questionId: QUESTION,
  response: { type: "single-choice", optionId: WRONG_OPTION },
  idempotencyKey: `access-${f.run}`,
  timeTakenMs: 1000,
});

/** Session routes: every role in a fresh session (see Row.freshSession). */
const AUTH_ROWS: Row[] = [
  {
    method: "POST",
    route: "/api/auth/guest",
    body: {},
    freshSession: true,
    want: { ...all(200), anon: 201 },
  },
  {
    method: "POST",
    route: "/api/auth/sign-up",
    body: (f: Fixture, role: Role) => ({
      name: `Access sign-up ${role}`,
      email: `sign-up-${role}-${f.run}@example.com`,
      password: accountPassword(f.run),
    }),
    freshSession: true,
    note: "a guest keeps their row; an account must sign out first",
    want: { ...all(409), anon: 201, guest: 201 },
  },
  {
    method: "POST",
    route: "/api/auth/sign-up",
    body: { name: "Bad", email: "not-an-email", password: "long-enough-pw" },
    note: "validation first: 400 for everyone",
    want: all(400),
  },
  {
    method: "POST",
    route: "/api/auth/sign-in",
    body: (f: Fixture) => ({
      email: accountEmail("otherLearner", f.run),
      password: accountPassword(f.run),
    }),
    freshSession: true,
    want: all(200),
  },
  {
    method: "POST",
    route: "/api/auth/sign-in",
    // One email per role: five failures on one account would turn the sixth into a 429.
    body: (f: Fixture, role: Role) => ({
      email: `nobody-${role}-${f.run}@example.com`,
      password: "wrong-password",
    }),
    note: "no such account",
    want: all(401),
  },
  { method: "POST", route: "/api/auth/sign-out", body: {}, freshSession: true, want: all(204) },
  {
    method: "POST",
    route: "/api/auth/password",
    body: { currentPassword: "not-the-password", newPassword: "a-new-password-1" },
    note: "wrong current password",
    want: { ...all(403), anon: 401 },
  },
];

/** The learner's own data: the attempt and conversation made by the setup are `learner`'s. */
const LEARNER_ROWS: Row[] = [
  { method: "GET", route: "/api/health", want: all(200) },
  { method: "GET", route: "/api/me", want: signedIn(200) },
  { method: "POST", route: "/api/attempts", body: { lessonId: LESSON }, want: signedIn(201) },
  { method: "GET", route: "/api/attempts/:attemptId", want: learnerOwned(200) },
  {
    method: "GET",
    route: "/api/attempts/:attemptId",
    params: { attemptId: "guessed-attempt" },
    want: learnerOwned(404),
  },
  {
    method: "POST",
    route: "/api/hints",
    body: (f) => ({ attemptId: f.attemptId, questionId: QUESTION, hintIndex: 0 }),
    want: learnerOwned(200),
  },
  {
    method: "POST",
    route: "/api/hints",
    body: "not json",
    note: "a body that is not JSON: 400 for everyone",
    want: all(400),
  },
  { method: "POST", route: "/api/answers", body: answer, want: learnerOwned(201) },
  {
    method: "POST",
    route: "/api/answers",
    body: (f) => ({ ...answer(f), idempotencyKey: "short" }),
    note: "validation first: 400 for everyone",
    want: all(400),
  },
  {
    method: "POST",
    route: "/api/predictions",
    body: { settings: PREDICTION_SETTINGS, predicted: ["lstm"] },
    note: "any session keeps its prediction (a guest's too)",
    want: signedIn(201),
  },
  {
    method: "POST",
    route: "/api/predictions",
    body: { settings: { ...PREDICTION_SETTINGS, lag: 0 }, predicted: [] },
    note: "validation first: 400 for everyone",
    want: all(400),
  },
  {
    method: "PATCH",
    route: "/api/predictions/:predictionId",
    params: { predictionId: "guessed-prediction" },
    body: { outcome: { iterations: 50, solvedAt: { rnn: null, irnn: null, lstm: 40, gru: null } } },
    want: { ...all(404), anon: 401 },
  },
  { method: "GET", route: "/api/reviews", want: signedIn(200) },
  { method: "POST", route: "/api/reviews", body: { questionId: QUESTION }, want: signedIn(201) },
  {
    method: "POST",
    route: "/api/tutor",
    body: { message: "What is a forget gate?" },
    want: all(200),
  },
  {
    method: "POST",
    route: "/api/tutor",
    body: (f) => ({ message: "And the input gate?", conversationId: f.conversationId }),
    note: "into the learner's conversation; without a session nothing is saved",
    want: { ...all(404), anon: 200, learner: 200 },
  },
  {
    method: "POST",
    route: "/api/tutor",
    body: { message: " " },
    note: "validation first: 400 for everyone",
    want: all(400),
  },
  {
    method: "GET",
    route: "/api/tutor/conversations",
    want: signedIn(200),
    shows: { text: (f) => f.conversationTitle, to: ["learner"] },
  },
  { method: "GET", route: "/api/tutor/conversations/:conversationId", want: learnerOwned(200) },
  {
    method: "GET",
    route: "/api/tutor/conversations/:conversationId",
    params: { conversationId: "guessed-conversation" },
    want: learnerOwned(404),
  },
  { method: "GET", route: "/api/classes", want: signedIn(200) },
  { method: "GET", route: "/api/classes/:classId", want: learnerOwned(200) },
  {
    method: "GET",
    route: "/api/classes/:classId",
    params: { classId: "guessed-class" },
    want: learnerOwned(404),
  },
];

const INSTRUCTOR_ROWS: Row[] = [
  {
    method: "GET",
    route: "/api/instructor/classes",
    want: { ...instructorApi(200), otherInstructor: 200 },
  },
  {
    method: "POST",
    route: "/api/instructor/classes",
    body: (f) => ({ name: `Scratch ${f.run}` }),
    want: { ...instructorApi(201), otherInstructor: 201 },
  },
  {
    method: "POST",
    route: "/api/instructor/classes",
    body: { name: "" },
    note: "validation first: 400 for everyone",
    want: all(400),
  },
  { method: "GET", route: "/api/instructor/classes/:classId", want: instructorApi(200) },
  {
    method: "GET",
    route: "/api/instructor/classes/:classId",
    params: { classId: "guessed-class" },
    want: instructorApi(404),
  },
  {
    method: "PATCH",
    route: "/api/instructor/classes/:classId",
    body: (f) => ({ name: `Access table ${f.run}` }),
    want: ownerOnlyApi(200),
  },
  {
    method: "GET",
    route: "/api/instructor/classes/:classId/instructors",
    want: instructorApi(200),
  },
  {
    method: "POST",
    route: "/api/instructor/classes/:classId/instructors",
    body: (f) => ({ email: shareEmail(f) }),
    want: ownerOnlyApi(201),
  },
  {
    method: "DELETE",
    route: "/api/instructor/classes/:classId/instructors",
    body: (f) => ({ email: shareEmail(f) }),
    want: ownerOnlyApi(204),
  },
  { method: "GET", route: "/api/instructor/classes/:classId/learners", want: instructorApi(200) },
  {
    method: "GET",
    route: "/api/instructor/classes/:classId/learners/:learnerId",
    want: instructorApi(200),
    shows: { text: (f) => f.conversationTitle, to: ["instructor", "coInstructor"] },
  },
  {
    method: "GET",
    route: "/api/instructor/classes/:classId/learners/:learnerId",
    params: { learnerId: (f) => f.otherLearnerId },
    note: "a learner outside the class",
    want: instructorApi(404),
  },
  { method: "GET", route: "/api/instructor/classes/:classId/items", want: instructorApi(200) },
  ...["progress.csv", "progress.json", "items.csv", "items.json"].map((file): Row => ({
    method: "GET",
    route: "/api/instructor/classes/:classId/export/:file",
    params: { file },
    want: instructorApi(200),
  })),
  {
    method: "GET",
    route: "/api/instructor/classes/:classId/export/:file",
    params: { file: "secrets.txt" },
    want: instructorApi(404),
  },
];

/**
 * Membership changes, in this order: `otherLearner` joins, `instructor` removes them,
 * `learner` leaves (after which neither is visible to the class's instructors), and only then
 * is the join code rotated (the join row uses the code the setup read); last, the class is
 * unshared.
 */
const MEMBERSHIP_ROWS: Row[] = [
  {
    method: "POST",
    route: "/api/classes/join",
    body: (f) => ({ code: f.code }),
    want: { ...all(403), anon: 401, learner: 409, otherLearner: 201 },
  },
  {
    method: "POST",
    route: "/api/classes/join",
    body: { code: "no!" },
    note: "validation first: 400 for everyone",
    want: all(400),
  },
  {
    method: "DELETE",
    route: "/api/instructor/classes/:classId/learners/:learnerId",
    params: { learnerId: (f) => f.otherLearnerId },
    note: "otherLearner, who just joined: gone once the owner removed them",
    want: { ...instructorApi(204), coInstructor: 404 },
  },
  {
    method: "GET",
    route: "/api/instructor/classes/:classId/learners/:learnerId",
    params: { learnerId: (f) => f.otherLearnerId },
    note: "otherLearner, once removed",
    want: instructorApi(404),
  },
  { method: "DELETE", route: "/api/classes/:classId", want: learnerOwned(204) },
  {
    method: "GET",
    route: "/api/classes/:classId",
    note: "once the learner left",
    want: { ...all(404), anon: 401 },
  },
  {
    method: "GET",
    route: "/api/instructor/classes/:classId/learners/:learnerId",
    note: "once the learner left",
    want: instructorApi(404),
  },
  {
    method: "POST",
    route: "/api/instructor/classes/:classId/join-code",
    body: {},
    want: instructorApi(200),
  },
  {
    method: "DELETE",
    route: "/api/instructor/classes/:classId/instructors",
    body: (f) => ({ email: accountEmail("coInstructor", f.run) }),
    note: "unsharing coInstructor, who then cannot see the class",
    want: { ...ownerOnlyApi(204), coInstructor: 404 },
  },
  {
    method: "GET",
    route: "/api/instructor/classes/:classId",
    note: "once unshared",
    want: { ...instructorApi(200), coInstructor: 404 },
  },
];

/** Every route handler method (app/api/**\/route.ts) against every role, in running order. */
export const API_ROWS: Row[] = [
  ...AUTH_ROWS,
  ...LEARNER_ROWS,
  ...INSTRUCTOR_ROWS,
  ...MEMBERSHIP_ROWS,
];
