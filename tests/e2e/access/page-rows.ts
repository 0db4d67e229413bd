import { LESSON, SCENARIO } from "./content";
import { all, instructorPage, SIGN_IN, type Row } from "./roles";

/** Every page (app/**\/page.tsx) against every role. Pages only read, so order is free. */
export const PAGE_ROWS: Row[] = [
  { method: "GET", route: "/", want: all(200) },
  { method: "GET", route: "/sign-in", want: all(200) },
  { method: "GET", route: "/sign-up", want: all(200) },
  { method: "GET", route: "/lessons/:lessonId", params: { lessonId: LESSON }, want: all(200) },
  { method: "GET", route: "/lessons/:lessonId", params: { lessonId: "no-such" }, want: all(404) },
  { method: "GET", route: "/lab", want: all(200) },
  { method: "GET", route: "/lab/:scenarioId", params: { scenarioId: SCENARIO }, want: all(200) },
  { method: "GET", route: "/lab/:scenarioId", params: { scenarioId: "no-such" }, want: all(404) },
  { method: "GET", route: "/progress", want: all(200) },
  { method: "GET", route: "/review", want: all(200) },
  {
    method: "GET",
    route: "/review/:attemptId",
    want: { ...all(404), anon: SIGN_IN, learner: 200 },
  },
  {
    method: "GET",
    route: "/review/:attemptId",
    params: { attemptId: "guessed-attempt" },
    want: { ...all(404), anon: SIGN_IN },
  },
  { method: "GET", route: "/tutor", want: all(200) },
  {
    method: "GET",
    route: "/tutor",
    query: (f) => `c=${f.conversationId}`,
    note: "someone else's conversation is not opened",
    want: all(200),
    shows: { text: (f) => f.conversationTitle, to: ["learner"] },
  },
  {
    method: "GET",
    route: "/classes",
    want: {
      ...all(200),
      anon: SIGN_IN,
      instructor: "307 /instructor",
      coInstructor: "307 /instructor",
      otherInstructor: "307 /instructor",
    },
  },
  {
    method: "GET",
    route: "/classes/:classId",
    want: { ...all(404), anon: SIGN_IN, learner: 200 },
  },
  { method: "GET", route: "/join/:code", want: all(200) },
  {
    method: "GET",
    route: "/join/:code",
    params: { code: "NOSUCHCODE1" },
    note: "the page explains, in words",
    want: all(200),
  },
  { method: "GET", route: "/instructor", want: { ...instructorPage(200), otherInstructor: 200 } },
  { method: "GET", route: "/instructor/classes/:classId", want: instructorPage(200) },
  { method: "GET", route: "/instructor/classes/:classId/items", want: instructorPage(200) },
  { method: "GET", route: "/instructor/classes/:classId/manage", want: instructorPage(200) },
  {
    method: "GET",
    route: "/instructor/classes/:classId/learners/:learnerId",
    want: instructorPage(200),
    shows: { text: (f) => f.conversationTitle, to: ["instructor", "coInstructor"] },
  },
  {
    method: "GET",
    route: "/instructor/classes/:classId",
    params: { classId: "guessed-class" },
    want: instructorPage(404),
  },
  {
    method: "GET",
    route: "/instructor/classes/:classId/learners/:learnerId",
    params: { learnerId: (f) => f.otherLearnerId },
    note: "a learner outside the class",
    want: instructorPage(404),
  },
  {
    method: "GET",
    route: "/instructor/classes/:classId/learners/:learnerId",
    params: { learnerId: "guessed-learner" },
    want: instructorPage(404),
  },
  {
    method: "GET",
    route: "/account",
    want: { ...all(200), anon: SIGN_IN },
  },
];
